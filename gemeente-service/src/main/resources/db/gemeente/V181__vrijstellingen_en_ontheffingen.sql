-- Issue 15 (decision 0036): DUO's beslissingen on vrijstelling (#11 VrijstellingBeoordeeld) and ontheffing
-- (#12 OntheffingBeslist), positive or negative, kept by BSN and gemeente as delivered, also for a person the
-- gemeente does not know yet (DUO may inform first); joined with the inburgeraar on read.
create table vrijstelling_ontheffing (
    id                  uuid        primary key,
    bsn                 varchar(9)  not null,
    gemeentecode        varchar(4)  not null,
    beslissing          text        not null, -- VRIJSTELLING or ONTHEFFING
    soort               text        not null, -- GEHEEL, TIJDELIJK, GEDEELTELIJK, AANGEPASTE_EXAMENOMSTANDIGHEDEN
    oordeel             text        not null, -- TOEKENNING or AFWIJZING
    grond               text        not null, -- vrijstelling: DUO's reden (DIP, ...); ontheffing: MED or BIO
    datum_oordeel       date        not null,
    startdatum          date,
    einddatum           date,
    onderdelen          text        not null, -- e.g. 'KNM:A2,LE:B1' (vrijstelling) or 'KNM,SP' (ontheffing)
    uren_belastbaarheid integer,
    ontvangen_op        timestamptz not null,
    unique (bsn, gemeentecode, beslissing, soort, oordeel, grond, datum_oordeel, onderdelen)
);
create index vrijstelling_ontheffing_gemeente_bsn on vrijstelling_ontheffing (gemeentecode, bsn);

-- Seed §11.3: the gemeente's advies on a BIO request of the person, recorded by the klantmanager.
create table bio_advies (
    id              uuid        primary key,
    bsn             varchar(9)  not null,
    gemeentecode    varchar(4)  not null,
    advies          text        not null, -- POSITIEF or NEGATIEF
    motivering      text        not null,
    datum_advies    date        not null,
    vastgelegd_op   timestamptz not null
);
create index bio_advies_gemeente_bsn on bio_advies (gemeentecode, bsn);
