-- Termijnbewaking at DUO (issue 14 item 1): every deadline of a person is a row with its vervaldag, fired once by
-- the scheduled job (decision 0027); the kennisgevingen sent to the inburgeraar; the leerroute found late.
create table termijn_deadline (
    id                  uuid        primary key,
    bsn                 varchar(9)  not null,
    soort               varchar(40) not null,
    volgorde            integer     not null,
    vervaldag           date        not null,
    gemeentecode        varchar(4),
    einddatum_termijn   date,
    gepland_op          timestamptz not null,
    gevuurd_op          timestamptz
);

-- the job's query: due and unfired, in order of vervaldag, soort and id
create index termijn_deadline_te_vuren on termijn_deadline (vervaldag, volgorde, id) where gevuurd_op is null;
create index termijn_deadline_bsn on termijn_deadline (bsn);

create table termijn_kennisgeving (
    id                  uuid        primary key,
    bsn                 varchar(9)  not null,
    soort               varchar(40) not null,
    einddatum_termijn   date,
    verstuurd_op        timestamptz not null
);

create index termijn_kennisgeving_bsn on termijn_kennisgeving (bsn);

create table leerroute_te_laat (
    bsn                 varchar(9)  primary key,
    vervaldag           date        not null,
    vastgesteld_op      timestamptz not null
);
