-- Seed §4.2: the PIP the gemeente vaststelt and delivers to DUO (#16), DUO's answer (registratie PIP), the
-- inburgeringsaanbod (#16), the inburgeringstermijn DUO sets (#5) and the hours of the brede intake (#17).
-- Everything is kept per person (bsn) and gemeente and joined with the inburgeraar on read: DUO's answers and
-- the termijn may arrive before the gemeente has DUO's #3, and a gemeente system may deliver a PIP to DUO's M2M
-- API directly, so a row does not need an inburgeraar.

-- Every PIP of a person in a gemeente, in the order the gemeente (or DUO) registered it; the last is the actueel.
create table pip (
    id                              uuid        primary key,
    volgnummer                      bigint generated always as identity unique,
    bsn                             varchar(9)  not null,
    gemeentecode                    varchar(4)  not null,
    -- DEZE_DIENST (vastgesteld here and sent with #16) or RECHTSTREEKS_BIJ_DUO (only known from DUO's answer)
    herkomst                        text        not null,
    -- VASTSTELLING (PipVastgesteld) or WIJZIGING (PipGewijzigd); null when not sent from here
    soort                           text,
    dagtekening                     date        not null,
    leerroute                       text,
    niveau                          text,
    geschatte_intensiteit_b1_route  integer,
    indicator_mag_opleiding_afmaken boolean,
    alfabetiseringsonderwijs        text,
    eenzijdig_vastgesteld           boolean,
    reden_wijziging                 text,
    -- VERZONDEN, GEREGISTREERD or AFGEWEZEN
    status                          text        not null,
    niveau_geregistreerd            text,
    datum_registratie               date,
    datum_afwijzing                 date,
    vastgesteld_op                  timestamptz not null,
    beantwoord_op                   timestamptz
);
create index pip_per_persoon on pip (bsn, gemeentecode, volgnummer);

create table pip_afwijzingsreden (
    pip_id       uuid    not null references pip (id),
    volgorde     integer not null,
    code         text    not null,
    omschrijving text    not null,
    primary key (pip_id, volgorde)
);

create table inburgeringsaanbod (
    id                              uuid        primary key,
    volgnummer                      bigint generated always as identity unique,
    bsn                             varchar(9)  not null,
    gemeentecode                    varchar(4)  not null,
    herkomst                        text        not null,
    datum_inburgeringsaanbod        date        not null,
    verwachte_startdatum_opleiding  date,
    verwachte_einddatum_opleiding   date,
    alfabetiseringsonderwijs        text,
    instellingsnummers              text[]      not null,
    status                          text        not null,
    datum_registratie               date,
    datum_afwijzing                 date,
    vastgesteld_op                  timestamptz not null,
    beantwoord_op                   timestamptz
);
create index inburgeringsaanbod_per_persoon on inburgeringsaanbod (bsn, gemeentecode, volgnummer);

create table inburgeringsaanbod_afwijzingsreden (
    inburgeringsaanbod_id uuid    not null references inburgeringsaanbod (id),
    volgorde              integer not null,
    code                  text    not null,
    omschrijving          text    not null,
    primary key (inburgeringsaanbod_id, volgorde)
);

-- Every #5 DUO delivered to the gemeente, in order of arrival; the last is the current termijn.
create table inburgeringstermijn (
    id                           uuid        primary key,
    volgnummer                   bigint generated always as identity unique,
    bsn                          varchar(9)  not null,
    gemeentecode                 varchar(4)  not null,
    -- VASTGESTELD or GEWIJZIGD
    soort                        text        not null,
    startdatum                   date        not null,
    einddatum                    date        not null,
    dagtekening_pip              date,
    vorige_einddatum             date,
    reden_wijziging              text,
    verlengingsgrondcode         text,
    verlengingsgrondomschrijving text,
    datum                        date        not null,
    ontvangen_op                 timestamptz not null
);
create index inburgeringstermijn_per_persoon on inburgeringstermijn (bsn, gemeentecode, volgnummer);

-- Every stand of the hours the gemeente delivered to DUO (#17 GevolgdeUrenGemeld).
create table gevolgde_uren (
    id                                          uuid        primary key,
    bsn                                         varchar(9)  not null,
    gemeentecode                                varchar(4)  not null,
    peildatum                                   date        not null,
    uren_taalles_en_knm_brede_intake            integer     not null,
    uren_participatieactiviteiten_brede_intake  integer     not null,
    uren_participatie_als_taalles               integer     not null,
    uren_participatie_zroute                    integer     not null,
    actualisatiemoment                          text        not null,
    gemeld_op                                   timestamptz not null
);
create index gevolgde_uren_per_persoon on gevolgde_uren (bsn, gemeentecode, peildatum desc);
