-- Issue 15: the one-time start-up backfill of the plichteinde module (the AOW deadlines of plichtigen decided before
-- it existed) marks here that it ran.
create table plichteinde_backfill (
    naam          varchar(60) primary key,
    uitgevoerd_op timestamptz not null
);
