-- Stelseldienst #20 at DUO (issue 13): a person's inschrijvingen at instellingen DUO recognises, each closed by its
-- uitschrijving. One row per person, instelling and datum inschrijving: delivered again, it is replaced.
create table inschrijving_instelling (
    id                   uuid        primary key,
    bsn                  varchar(9)  not null,
    instellingsnummer    varchar(10) not null,
    leerroute            varchar(20) not null,
    taalniveau           varchar(2),
    taalschakeltraject   boolean     not null,
    contractpartij       varchar(20) not null,
    gemeentecode         varchar(4),
    datum_inschrijving   date        not null,
    startdatum           date        not null,
    verwachte_einddatum  date,
    datum_uitschrijving  date,
    opleiding_afgerond   boolean,
    gewijzigd_op         timestamptz not null,
    constraint inschrijving_instelling_eenmaal unique (bsn, instellingsnummer, datum_inschrijving)
);
