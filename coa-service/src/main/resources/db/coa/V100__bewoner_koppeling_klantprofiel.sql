-- Seed §3.3 at COA: the asielstatushouders COA houses, the inburgeringsplicht DUO delivered to COA (#3), the
-- koppeling to a beoogde vestigingsgemeente (#14) with the afspraak and the warme overdracht, and the
-- klantprofiel (#15) with its history.

create table bewoner (
    id                              uuid        primary key,
    bsn                             varchar(9)  not null unique,
    v_nummer                        varchar(10) not null unique,
    azc_locatie                     text        not null,
    geregistreerd_op                timestamptz not null,
    -- COA's offer of voorinburgering and the answer; null while there was no offer
    voorinburgering_geaccepteerd    boolean,
    voorinburgering_vastgelegd_op   timestamptz,
    -- the stay ends when the bewoner is ingezetene of the gekoppelde gemeente (uitstroom)
    uitgestroomd_op                 date,
    uitstroom_gemeentecode          varchar(4)
);
create index bewoner_overzicht on bewoner (geregistreerd_op desc);

-- Kept by BSN: DUO may deliver it before COA registered the bewoner; the bewoner joins it by BSN.
create table inburgeringsplicht (
    bsn                         varchar(9)  primary key,
    gemeentecode_inschrijving   varchar(4)  not null,
    begindatum                  date        not null,
    doelgroep                   text        not null,
    gedetailleerde_doelgroep    text        not null,
    datum_vaststelling          date        not null,
    geboortedatum               date        not null,
    ontvangen_op                timestamptz not null
);

create table koppeling (
    id                          uuid        primary key,
    bewoner_id                  uuid        not null references bewoner (id),
    gemeentecode                varchar(4)  not null,
    vorige_gemeentecode         varchar(4),
    datum_koppeling             date        not null,
    verwachte_datum_uitstroom   date,
    gekoppeld_op                timestamptz not null,
    -- false once a re-koppeling to another gemeente replaced it (history)
    actueel                     boolean     not null,
    beeindigd_op                timestamptz,
    -- the last day on which the gemeente can agree a variant; the day after, the standaard applies (job)
    afspraak_uiterlijk          date        not null,
    afgesproken_variant         text,
    afspraakwijze               text,
    afspraak_vastgelegd_op      timestamptz,
    warme_overdracht_gepland    date,
    warme_overdracht_gehouden   date
);
create unique index koppeling_een_actuele_per_bewoner on koppeling (bewoner_id) where actueel;
create index koppeling_historie on koppeling (bewoner_id, gekoppeld_op);
-- The standaard-afspraak job: actuele koppelingen without a variant, by due date.
create index koppeling_afspraak_open on koppeling (afspraak_uiterlijk) where actueel and afgesproken_variant is null;

-- Every version of the klantprofiel; the highest versie is the current one.
create table klantprofiel (
    id                          bigint      generated always as identity primary key,
    bewoner_id                  uuid        not null references bewoner (id),
    versie                      int         not null,
    datum_bijgewerkt            date        not null,
    geboorteland                varchar(2),
    talen                       text        not null,
    hoogst_genoten_opleiding    text,
    werkervaring                text,
    alfabetiseringsbehoefte     text        not null,
    voorinburgering_gevolgd     boolean     not null,
    uren_voorinburgering        int,
    bijzonderheden              text,
    geregistreerd_op            timestamptz not null,
    unique (bewoner_id, versie)
);

-- Every delivery of the klantprofiel (#15) to a gemeente: when, why and which version.
create table klantprofiel_deling (
    id                          bigint      generated always as identity primary key,
    bewoner_id                  uuid        not null references bewoner (id),
    koppeling_id                uuid        not null references koppeling (id),
    gemeentecode                varchar(4)  not null,
    moment                      text        not null,
    klantprofiel_versie         int,
    gedeeld_op                  timestamptz not null
);
create index klantprofiel_deling_bewoner on klantprofiel_deling (bewoner_id, id);
