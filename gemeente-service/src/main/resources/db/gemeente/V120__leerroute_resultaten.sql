-- Seed §5.2, §6.2, §7.2 (#17): the results of PVT, MAP and Z-route the gemeente delivers to DUO, with DUO's answer
-- (duo.registratie-resultaten-pvt-map-zroute.v1). One row per person, gemeente and onderdeel: a new delivery
-- replaces it, as it replaces DUO's registration. Kept by bsn and gemeente and joined with the inburgeraar on read:
-- DUO's answer to a result a gemeente system PUT to DUO's M2M API may come for a person without a row here.
create table leerroute_resultaat (
    id                uuid        primary key,
    bsn               varchar(9)  not null,
    gemeentecode      varchar(4)  not null,
    -- PVT, MAP, ZROUTE_PARTICIPATIE or ZROUTE_EINDGESPREK
    onderdeel         text        not null,
    datum             date,
    verwijtbaar       boolean,
    -- DEZE_DIENST (recorded here and sent with #17) or RECHTSTREEKS_BIJ_DUO (only known from DUO's answer)
    herkomst          text        not null,
    -- VERZONDEN, GEREGISTREERD, AFGEWEZEN or INGETROKKEN
    status            text        not null,
    verzonden_op      timestamptz,
    datum_registratie date,
    datum_afwijzing   date,
    beantwoord_op     timestamptz,
    unique (bsn, gemeentecode, onderdeel)
);
create index leerroute_resultaat_per_gemeente on leerroute_resultaat (gemeentecode, bsn);

create table leerroute_resultaat_afwijzingsreden (
    resultaat_id uuid    not null references leerroute_resultaat (id) on delete cascade,
    volgorde     integer not null,
    code         text    not null,
    omschrijving text    not null,
    primary key (resultaat_id, volgorde)
);
