-- Vrijstellingen (issue 15, seed §10; decision 0034): an aanvraag at DUO's backoffice, the advies of SBB or Nuffic on
-- a foreign diploma, DUO's beslissing (once), and the intrekking of a tijdelijke vrijstelling. The onderdelen of a
-- gedeeltelijke vrijstelling are comma-separated "ONDERDEEL:NIVEAU" (LE:B1,SP:A2), as DUO's Vrijstelling API pairs them.
create table vrijstellingsaanvraag (
    id                      uuid            primary key,
    bsn                     varchar(9)      not null,
    soort_gevraagd          varchar(20)     not null,
    reden_gevraagd          varchar(3)      not null,
    onderbouwing            varchar(2000)   not null,
    onderdelen_gevraagd     varchar(40)     not null default '',
    startdatum_gevraagd     date,
    einddatum_gevraagd      date,
    gemeentecode            varchar(4)      not null,
    status                  varchar(20)     not null,
    ingediend_op            timestamptz     not null,
    adviesinstantie         varchar(10),
    advies_gevraagd_op      date,
    advies                  varchar(20),
    advies_toelichting      varchar(2000),
    advies_ontvangen_op     date,
    oordeel                 varchar(20),
    soort                   varchar(20),
    reden                   varchar(3),
    onderdelen              varchar(40)     not null default '',
    startdatum              date,
    einddatum               date,
    datum_oordeel           date,
    ingetrokken_op          date,
    ambtshalve              boolean         not null default false,
    constraint vrijstellingsaanvraag_beslist_met_oordeel check (status <> 'BESLIST'
                                                   or (oordeel is not null and soort is not null and reden is not null))
);

create index vrijstellingsaanvraag_bsn on vrijstellingsaanvraag (bsn);

-- DUO's own registers it decides an ambtshalve vrijstelling from at the vaststelling of the plicht (seed §3.2): a
-- recognised Dutch diploma (DIP), an inburgeringsdiploma under the Wi2013 (INB), an inschrijving on a vervolgopleiding
-- (OPL, with its period). Recorded by DUO's backoffice for a BSN, also before DUO knows the person.
create table vrijstellingsregister (
    id                      uuid            primary key,
    bsn                     varchar(9)      not null,
    soort                   varchar(40)     not null,
    omschrijving            varchar(200)    not null,
    startdatum              date            not null,
    einddatum               date,
    vastgelegd_op           timestamptz     not null,
    constraint vrijstellingsregister_inschrijving_met_einde check (soort <> 'INSCHRIJVING_VERVOLGOPLEIDING'
                                                   or einddatum is not null)
);

create index vrijstellingsregister_bsn on vrijstellingsregister (bsn);
