-- Issue 14, item 4: the beschikking voldaan inburgeringsplicht DUO pushed to IND on #10, kept as a copy for when DUO
-- cannot be asked at the source (seed §15.2); one per person, a later one replaces it.
create table beschikking_voldaan_kopie (
    bsn                 varchar(9)  primary key,
    datum_beschikking   date        not null,
    datum_voldaan       date        not null,
    leerroute           varchar(30) not null,
    waardepapier        varchar(30) not null,
    ontvangen_op        timestamptz not null
);
