-- Every PIP DUO registered for a person (#16 and the M2M PIP API), of any gemeente. The actuele PIP is the last
-- one not verwijderd, the initiële the first one not verwijderd; a rejected PIP is never stored.
create table pip (
    id                               bigint generated always as identity primary key,
    bsn                              varchar(9)  not null,
    gemeentecode                     varchar(4)  not null,
    dagtekening                      date        not null,
    leerroute                        text        not null,
    niveau                           text,
    geschatte_intensiteit_b1_route   integer,
    indicator_mag_opleiding_afmaken  boolean     not null,
    alfabetisering                   text,
    eenzijdig_vastgesteld            boolean     not null,
    -- only for a gewijzigde PIP (#16 PipGewijzigd)
    reden_wijziging                  text,
    datum_wijziging                  date,
    kanaal                           text        not null,
    geregistreerd_op                 date        not null,
    verwijderd                       boolean     not null default false,
    verwijderd_op                    date
);
create index pip_bsn on pip (bsn, id);

-- The inburgeringstermijn (Wi2021 art. 11), set once on the first PIP; both ends inclusive here (the M2M API
-- shows the einddatum exclusive).
create table inburgeringstermijn (
    bsn                 varchar(9) primary key,
    gemeentecode        varchar(4) not null,
    startdatum          date       not null,
    einddatum           date       not null,
    dagtekening_pip     date       not null,
    datum_vaststelling  date       not null
);

-- Every mutation of the termijn (vaststelling now; verlenging and a new termijn after a boete later).
create table inburgeringstermijn_historie (
    id                            bigint generated always as identity primary key,
    bsn                           varchar(9) not null,
    startdatum                    date       not null,
    einddatum                     date       not null,
    verlengingsgrondcode          varchar(10),
    verlengingsgrondomschrijving  varchar(200),
    wijzigingsdatum               date       not null
);
create index inburgeringstermijn_historie_bsn on inburgeringstermijn_historie (bsn, id);

-- The inburgeringsaanbod of an asielstatushouder, one per instelling: a new delivery for an instelling
-- overwrites the previous one (README DUO-gemeente M2M).
create table inburgeringsaanbod (
    id                              bigint generated always as identity primary key,
    bsn                             varchar(9)  not null,
    instellingsnummer               varchar(10) not null,
    gemeentecode                    varchar(4)  not null,
    datum_inburgeringsaanbod        date,
    verwachte_startdatum_opleiding  date,
    verwachte_einddatum_opleiding   date,
    alfabetisering                  text,
    geregistreerd_op                date        not null,
    unique (bsn, instellingsnummer)
);
