-- Stelseldienst #17 at DUO (issue 13): the results of PVT, MAP and Z-route a gemeente delivered, one row per person
-- and onderdeel (#17 and the M2M MAP-PVT-Zroute API write the same row; a withdrawal deletes it), and every
-- delivery DUO refused, with all its reasons.
create table resultaat (
    bsn             varchar(9)  not null,
    onderdeel       varchar(20) not null,
    datum           date,
    verwijtbaar     boolean,
    gemeentecode    varchar(4)  not null,
    kanaal          varchar(20) not null,
    geregistreerd_op timestamptz not null,
    primary key (bsn, onderdeel),
    constraint resultaat_datum_of_verwijtbaar check (datum is not null or verwijtbaar is not null)
);

create table resultaat_afwijzing (
    id              uuid        primary key,
    bsn             varchar(9)  not null,
    onderdeel       varchar(20) not null,
    datum           date,
    verwijtbaar     boolean,
    gemeentecode    varchar(4)  not null,
    kanaal          varchar(20) not null,
    afgewezen_op    timestamptz not null
);

create index resultaat_afwijzing_bsn on resultaat_afwijzing (bsn);

create table resultaat_afwijzing_reden (
    afwijzing_id    uuid         not null references resultaat_afwijzing (id) on delete cascade,
    volgnummer      integer      not null,
    code            varchar(60)  not null,
    omschrijving    varchar(200) not null,
    primary key (afwijzing_id, volgnummer)
);
