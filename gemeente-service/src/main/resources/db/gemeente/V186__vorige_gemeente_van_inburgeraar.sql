-- Issue 16 (decision 0038): after a verhuizing the old gemeente still delivers #17/#18 for the person who left,
-- by the id it knew him by, until it delivered the overdracht and the 10 werkdagen passed (seed §14.2.1).
alter table inburgeraar add column vorige_id uuid;
alter table inburgeraar add column vorige_gemeentecode varchar(4);
create index inburgeraar_vorige_id on inburgeraar (vorige_id) where vorige_id is not null;
