-- Issue 15 (§13.3, overlijden): the BRP records that an ingezetene left for the buitenland or died. The inschrijving
-- stays (one per person); a vertrokken person can be ingeschreven again (the return), a dead one cannot.
alter table brp_inschrijving add column datum_vertrek date;
alter table brp_inschrijving add column datum_overlijden date;
