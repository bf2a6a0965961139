-- Seed §5.4, §6.4, §15.5: the inschrijving of an inburgeraar at the instelling (#20 to DUO), one row per
-- inschrijving; an uitschrijving closes it. At most one open inschrijving per person and instelling: a second is a
-- conflict (the handler checks under the person's lock; this index makes it hold under any race).
create table cursist (
    id                  uuid        primary key,
    instellingsnummer   varchar(10) not null,
    bsn                 varchar(9)  not null,
    -- B1_ROUTE, ONDERWIJSROUTE or Z_ROUTE
    leerroute           text        not null,
    -- A2, B1, B2 or null
    taalniveau          text,
    taalschakeltraject  boolean     not null,
    -- GEMEENTE (the gemeente bought the lessons: an asielstatushouder) or INBURGERAAR
    contractpartij      text        not null,
    -- only with contractpartij GEMEENTE: the gemeente that bought the lessons
    gemeentecode        varchar(4),
    datum_inschrijving  date        not null,
    startdatum          date        not null,
    verwachte_einddatum date,
    datum_uitschrijving date,
    opleiding_afgerond  boolean,
    ingeschreven_op     timestamptz not null,
    uitgeschreven_op    timestamptz
);
create unique index cursist_een_open_inschrijving on cursist (instellingsnummer, bsn) where datum_uitschrijving is null;
create index cursist_per_instelling on cursist (instellingsnummer, ingeschreven_op desc);
create index cursist_per_persoon on cursist (bsn, instellingsnummer);
