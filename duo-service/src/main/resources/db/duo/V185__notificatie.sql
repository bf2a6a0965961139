-- DUO's Notificatie API, sending side (issue 14 item 5, decision 0030): one row per notification to a gemeente,
-- written in the transaction of the fact (the outbox's waarnemer), sent in volgnummer order per gemeente.
create table notificatie (
    bericht_id             uuid primary key,            -- the berichtId header; the same on every retry
    volgnummer             bigserial not null unique,   -- the order of sending (per person: the order of the facts)
    event_id               uuid not null,               -- the outbox event (CloudEvents id) it derives from
    gemeentecode           varchar(4) not null,
    gebeurtenis_id         varchar(6) not null,
    bsn                    varchar(9) not null,
    registratie_datum_tijd timestamptz not null,
    status                 varchar(16) not null,        -- TE_VERSTUREN, AFGELEVERD, GEWEIGERD
    pogingen               integer not null default 0,
    afgeleverd_op          timestamptz,
    laatste_fout           varchar(500),
    laatste_fout_op        timestamptz
);
create index notificatie_te_versturen on notificatie (gemeentecode, volgnummer) where status = 'TE_VERSTUREN';
create index notificatie_per_persoon on notificatie (bsn);

-- The delivery state per gemeente: its back-off after a failure, so that a gemeente that is down waits alone.
create table notificatie_abonnee (
    gemeentecode     varchar(4) primary key,
    fouten_op_rij    integer not null default 0,
    volgende_poging  timestamptz,
    laatste_fout     varchar(500),
    laatste_fout_op  timestamptz,
    laatst_afgeleverd_op timestamptz
);
