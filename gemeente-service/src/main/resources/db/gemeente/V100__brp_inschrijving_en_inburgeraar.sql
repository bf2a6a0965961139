create table brp_inschrijving (
    id                 uuid        primary key,
    bsn                varchar(9)  not null unique,
    gemeentecode       varchar(4)  not null,
    datum_inschrijving date        not null,
    geboortedatum      date        not null,
    geregistreerd_op   timestamptz not null
);

create table inburgeraar (
    bsn                             varchar(9)  primary key,
    gemeentecode                    varchar(4)  not null,
    geboortedatum                   date        not null,
    doelgroep                       text        not null,
    gedetailleerde_doelgroep        text        not null,
    begindatum_inburgeringsplicht   date        not null,
    datum_vaststelling              date        not null,
    leerbaarheidstoets_klaargezet   boolean     not null,
    ontvangen_op                    timestamptz not null
);
-- The caseworker's werkvoorraad: per gemeente, newest first.
create index inburgeraar_werkvoorraad on inburgeraar (gemeentecode, ontvangen_op desc);
