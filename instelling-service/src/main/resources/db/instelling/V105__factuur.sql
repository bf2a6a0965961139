-- Seed §12.2: the invoices the instelling sends to DUO, to be paid from the inburgeraar's lening, and DUO's judgement
-- of each (betaalbaar gesteld with the amount, or afgewezen with every reason). A factuurnummer is unique per
-- instelling.
create table factuur (
    id                 uuid          primary key,
    instellingsnummer  varchar(10)   not null,
    factuurnummer      varchar(40)   not null,
    bsn                varchar(9)    not null,
    leerroute          text          not null,
    niveau             text,
    omschrijving       varchar(500)  not null,
    bedrag             numeric(9, 2) not null check (bedrag > 0),
    factuurdatum       date          not null,
    status             text          not null,
    bedrag_betaalbaar  numeric(9, 2),
    datum_beoordeling  date,
    ingediend_op       timestamptz   not null,
    beoordeeld_op      timestamptz,
    constraint factuur_uniek_per_instelling unique (instellingsnummer, factuurnummer)
);
create index factuur_per_instelling on factuur (instellingsnummer, ingediend_op desc);

create table factuur_reden_afwijzing (
    factuur_id uuid    not null references factuur (id),
    volgnummer integer not null,
    reden      text    not null,
    primary key (factuur_id, volgnummer)
);
