-- Issue 14, seed §9.3: what DUO tells the gemeente about the handhaving op resultaat, kept by BSN and gemeente and
-- joined with the inburgeraar on read (any order with #3). Every delivery is kept (the history); the werkvoorraad
-- shows the latest. Signals are computed from these facts and the clock when the werkvoorraad is read (decision 0031).

-- #7 InburgeringsplichtigeGesignaleerd: DUO signals the gemeente (4 weeks before the end of the termijn, the
-- vooraankondiging boete, 4 weeks after the end, an aanvraag verlenging), asking for #17 and #18 by the
-- uiterlijke leverdatum.
create table signalering (
    id                          uuid        primary key,
    bsn                         varchar(9)  not null,
    gemeentecode                varchar(4)  not null,
    reden                       text        not null,
    einddatum_termijn           date        not null,
    datum_signalering           date        not null,
    datum_aanvraag_verlenging   date,
    uiterlijke_leverdatum       date,
    ontvangen_op                timestamptz not null
);
create index signalering_persoon on signalering (gemeentecode, bsn);

-- #8 BoeteOpgelegd: DUO's boete for not passing in time (verwijtbaar), with the new termijn.
create table opgelegde_boete (
    id                          uuid          primary key,
    bsn                         varchar(9)    not null,
    gemeentecode                varchar(4)    not null,
    beschikkingskenmerk         text          not null,
    totaalbedrag                numeric(9, 2) not null,
    datum_beschikking           date          not null,
    nieuwe_einddatum_termijn    date,
    ontvangen_op                timestamptz   not null,
    unique (bsn, gemeentecode, beschikkingskenmerk)
);

-- #9 AanvraagVerlengingBeoordeeld: DUO's oordeel on an aanvraag verlenging.
create table beoordeling_verlenging (
    id                              uuid        primary key,
    bsn                             varchar(9)  not null,
    gemeentecode                    varchar(4)  not null,
    oordeel                         text        not null,
    datum_aanvraag                  date        not null,
    datum_beschikking               date        not null,
    verlengingsgrondcode            text,
    verlengingsgrondomschrijving    text,
    nieuwe_einddatum_termijn        date,
    ontvangen_op                    timestamptz not null
);
create index beoordeling_verlenging_persoon on beoordeling_verlenging (gemeentecode, bsn);
