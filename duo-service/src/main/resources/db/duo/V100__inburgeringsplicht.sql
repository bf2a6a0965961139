create table inburgeringsplicht (
    bsn                            varchar(9)  primary key,
    v_nummer                       varchar(10) not null,
    status                         text        not null,
    reden_niet_plichtig            text,
    -- for NOG_NIET_PLICHTIG: the day the plicht will start (picked up by the herbeoordeling job)
    begindatum                     date,
    einddatum                      date,
    gedetailleerde_doelgroep       text,
    gemeentecode                   varchar(4)  not null,
    vastgesteld_op                 date        not null,
    gewijzigd_op                   date        not null,
    verblijfsdoel                  text        not null,
    referent_is_asielstatushouder  boolean     not null,
    nationaliteit                  varchar(2)  not null,
    geboortedatum                  date        not null,
    ingangsdatum_verblijfsrecht    date        not null,
    datum_inschrijving             date        not null
);
create index inburgeringsplicht_uitgesteld on inburgeringsplicht (begindatum) where status = 'NOG_NIET_PLICHTIG';

create table inburgeringsplicht_historie (
    id                           bigint generated always as identity primary key,
    bsn                          varchar(9) not null,
    indicator_inburgeringsplicht boolean    not null,
    begindatum                   date,
    einddatum                    date,
    wijzigingsdatum              date       not null,
    gedetailleerde_doelgroep     text
);
create index inburgeringsplicht_historie_bsn on inburgeringsplicht_historie (bsn, id);

create table leerbaarheidstoets (
    id             uuid        primary key,
    bsn            varchar(9)  not null,
    status         text        not null,
    klaargezet_op  timestamptz not null
);
create index leerbaarheidstoets_bsn on leerbaarheidstoets (bsn);
