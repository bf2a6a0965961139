-- Verlenging op verzoek (issue 14, seed §9.3.2): the aanvraag at DUO and its beoordeling.
create table verlengingsaanvraag (
    id                      uuid            primary key,
    bsn                     varchar(9)      not null,
    datum_aanvraag          date            not null,
    onderbouwing            varchar(2000)   not null,
    gemeentecode            varchar(4)      not null,
    status                  varchar(20)     not null,
    ingediend_op            timestamptz     not null,
    oordeel                 varchar(20),
    verlengingsgrondcode    varchar(10),
    nieuwe_einddatum        date,
    datum_beschikking       date,
    constraint verlengingsaanvraag_toekenning_met_grond check (oordeel is distinct from 'TOEKENNING'
                                                   or (verlengingsgrondcode is not null and nieuwe_einddatum is not null))
);

create index verlengingsaanvraag_bsn on verlengingsaanvraag (bsn);
