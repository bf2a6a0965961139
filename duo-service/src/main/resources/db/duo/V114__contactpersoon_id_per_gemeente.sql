-- Contactpersoon ids per gemeente (issue 11, item 10): each gemeente numbers in its own space of 1..99999 (the M2M
-- Contactpersoon API's range), drawn at random by the application, so no gemeente learns how many contactpersonen
-- another keeps and no gemeente can use up another's ids. Existing ids stay what they are.
alter table contactpersoon_koppeling drop constraint contactpersoon_koppeling_contactpersoon_id_fkey;
alter table contactpersoon drop constraint contactpersoon_pkey;
alter table contactpersoon add primary key (gemeentecode, id);
alter table contactpersoon_koppeling add constraint contactpersoon_koppeling_contactpersoon
    foreign key (gemeentecode, contactpersoon_id) references contactpersoon (gemeentecode, id) on delete cascade;
drop index contactpersoon_koppeling_contactpersoon;
create index contactpersoon_koppeling_contactpersoon on contactpersoon_koppeling (gemeentecode, contactpersoon_id);
drop index contactpersoon_gemeente;
drop sequence contactpersoon_id_seq;
