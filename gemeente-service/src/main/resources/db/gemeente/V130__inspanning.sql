-- Seed §5.4, §6.4, §9.2 and §15.5: the inspanning of an asielstatushouder at an instelling the gemeente bought
-- lessons from (#18, instelling → gemeente), which the gemeente forwards to DUO (#18, gemeente → DUO), and the
-- gemeente's handhaving op inspanning on ongeoorloofd verzuim. Kept per person (bsn), gemeente and instelling.

-- Every stand an instelling reported (cumulative, so a later peildatum replaces an earlier one). A stand received
-- again unchanged is not stored twice; doorgegeven_op is set when the gemeente forwarded it to DUO.
create table inspanning (
    id                                  uuid        primary key,
    volgnummer                          bigint generated always as identity unique,
    bsn                                 varchar(9)  not null,
    gemeentecode                        varchar(4)  not null,
    instellingsnummer                   text        not null,
    leerroute                           text        not null,
    peildatum                           date        not null,
    startdatum_onderwijs                date        not null,
    uren_aangeboden                     integer     not null,
    uren_aanwezig                       integer     not null,
    uren_ongeoorloofd_verzuim           integer     not null,
    taalschakeltraject_afgerond         boolean     not null,
    datum_afronding_taalschakeltraject  date,
    actualisatiemoment                  text        not null,
    ontvangen_op                        timestamptz not null,
    -- null: not forwarded (older than a stand already forwarded)
    doorgegeven_op                      timestamptz
);
create index inspanning_per_persoon on inspanning (bsn, gemeentecode, instellingsnummer, peildatum desc);

-- The gemeente's handhaving op inspanning on ongeoorloofd verzuim (§9.2): it stays at the gemeente, nothing goes to
-- DUO. verzuim_uren is the cumulative ongeoorloofd verzuim the measure was about; a boete names its waarschuwing.
create table verzuim_maatregel (
    id                  uuid        primary key,
    volgnummer          bigint generated always as identity unique,
    bsn                 varchar(9)  not null,
    gemeentecode        varchar(4)  not null,
    instellingsnummer   text        not null,
    -- WAARSCHUWING or BOETE
    maatregel           text        not null,
    verzuim_uren        integer     not null,
    datum               date        not null,
    bedrag              numeric(8, 2),
    waarschuwing_id     uuid        references verzuim_maatregel (id),
    reden               text        not null,
    opgelegd_op         timestamptz not null
);
create index verzuim_maatregel_per_persoon on verzuim_maatregel (bsn, gemeentecode, volgnummer);
-- one boete per waarschuwing: two caseworkers at once cannot fine one verzuim twice
create unique index een_boete_per_waarschuwing on verzuim_maatregel (waarschuwing_id) where waarschuwing_id is not null;
