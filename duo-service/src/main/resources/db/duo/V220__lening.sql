-- De lening (issue 16, seed §12; decision 0039): a gezinsmigrant or overige migrant borrows from DUO for his
-- onderwijs. One row per aanvraag; the beslissing, the besteed amount and, once the right lapses, the terugbetaling.
-- Amounts in euro, numeric(9,2) like the contracts' decimal(9,2).
create table lening (
    id                  uuid            primary key,
    bsn                 varchar(9)      not null,
    status              varchar(30)     not null,
    gevraagd_bedrag     numeric(9,2)    not null,
    datum_aanvraag      date            not null,
    toegekend_bedrag    numeric(9,2),
    besteed_bedrag      numeric(9,2)    not null default 0,
    redenen_afwijzing   text,
    datum_beslissing    date,
    datum_einde_recht   date,
    reden_einde_recht   varchar(40),
    jaarinkomen         numeric(11,2),
    termijnbedrag       numeric(9,2),
    aantal_termijnen    integer,
    incasso_vanaf       date,
    ingediend_op        timestamptz     not null,
    version             bigint          not null default 0
);
create index lening_bsn on lening (bsn);

-- A factuur of an instelling to be paid from the lening (FactuurIngediend on instelling.facturen.v1); unique per
-- instelling, so the same factuur sent again is not paid twice.
create table lening_factuur (
    id                  uuid            primary key,
    lening_id           uuid            not null references lening (id),
    bsn                 varchar(9)      not null,
    instellingsnummer   varchar(10)     not null,
    factuurnummer       varchar(100)    not null,
    leerroute           varchar(20)     not null,
    niveau              varchar(5)      not null,
    omschrijving        varchar(500)    not null,
    bedrag              numeric(9,2)    not null,
    factuurdatum        date            not null,
    status              varchar(30)     not null,
    goedkeuring         varchar(20),
    goedgekeurd_op      timestamptz,
    bedrag_betaalbaar   numeric(9,2),
    redenen_afwijzing   text,
    datum_beoordeling   date,
    betaald_op          date,
    ontvangen_op        timestamptz     not null,
    version             bigint          not null default 0,
    unique (instellingsnummer, factuurnummer)
);
create index lening_factuur_lening on lening_factuur (lening_id);

-- Every change of a lening or one of its facturen: who (the token's client, or "systeem"), when and why. Never changed.
create table lening_historie (
    id                  bigserial       primary key,
    lening_id           uuid            not null references lening (id),
    factuur_id          uuid,
    gebeurtenis         varchar(40)     not null,
    door                varchar(200)    not null,
    op                  timestamptz     not null,
    toelichting         text            not null
);
create index lening_historie_lening on lening_historie (lening_id);
