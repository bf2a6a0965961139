-- Issue 16 (decision 0038): the verhuizing between gemeenten and the overdracht (#19, seed §13.2, §14.2.1, §14.3).

-- The old gemeente's departure list (SS122): whom DUO told it left, until when it still actualises his data
-- (10 werkdagen after the verhuizing) and, once the new gemeente asked (#19), until when it delivers the overdracht
-- (datum verzoek + 1 maand). Rows of the old gemeente only (gemeentecode = the old one).
create table vertrokken_inburgeraar (
    id                     uuid        primary key,
    bsn                    varchar(9)  not null,
    gemeentecode           varchar(4)  not null,
    gemeentecode_nieuw     varchar(4)  not null,
    datum_verhuizing       date        not null,
    actualiseren_uiterlijk date        not null,
    datum_verzoek          date,
    leveren_uiterlijk      date,
    geleverd_op            timestamptz,
    contactpersoon         text,
    doelgroep              text        not null,
    vastgelegd_op          timestamptz not null,
    unique (bsn, gemeentecode, datum_verhuizing)
);
create index vertrokken_inburgeraar_gemeente on vertrokken_inburgeraar (gemeentecode, datum_verhuizing);

-- The new gemeente's overdracht: asked (#19 OverdrachtInburgeraarGevraagd) and, when it arrived, what the old
-- gemeente handed over (#19 InburgeraarOvergedragen). Rows of the new gemeente only (gemeentecode = the new one).
create table overdracht_inburgeraar (
    id                                uuid        primary key,
    bsn                               varchar(9)  not null,
    gemeentecode                      varchar(4)  not null,
    gemeentecode_oud                  varchar(4)  not null,
    datum_verhuizing                  date        not null,
    datum_verzoek                     date        not null,
    gevraagd_op                       timestamptz not null,
    ontvangen_op                      timestamptz,
    datum_overdracht                  date,
    doelgroep                         text,
    pip_dagtekening                   date,
    pip_leerroute                     text,
    pip_niveau                        text,
    datum_inburgeringsaanbod          date,
    aantal_inspanningen               integer,
    maatschappelijke_begeleiding_afgerond boolean,
    lopende_handhaving_op_inspanning  boolean,
    contactpersoon                    text,
    dossierverwijzing                 text,
    unique (bsn, gemeentecode, datum_verhuizing)
);
create index overdracht_inburgeraar_gemeente_bsn on overdracht_inburgeraar (gemeentecode, bsn);
