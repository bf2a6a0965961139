-- What the logboek tests change, and a logboek that refuses one activity: the test's way to make the
-- logboek unwritable for one call without disturbing the others.
create table testwijziging (
    id  bigint generated always as identity primary key,
    bsn varchar(9) not null
);

create function weiger_onschrijfbare_verwerking() returns trigger language plpgsql as $$
begin
    if new.processing_activity_id = 'https://inburgering.nl/verwerkingsactiviteiten/test-onschrijfbaar' then
        raise exception 'logboek niet beschikbaar (test)';
    end if;
    return new;
end
$$;

create trigger logboek_onschrijfbaar before insert on logboek_dataverwerking
    for each row execute function weiger_onschrijfbare_verwerking();

-- The trace id the test consumer saw inside its handler, per pseudonymised person.
create table ontvangen_trace (
    pseudoniem text not null,
    trace_id   text not null
);
