-- Vaststellen voldaan (issue 14, item 4; seed §8): DUO's beschikking that the plicht is voldaan, once per person (the
-- source of #10 and of the pull for IND, §15.2), and the waardepapier DUO sent with it: the inburgeringsdiploma to
-- the inburgeraar (B1-route, onderwijsroute), the inburgeringscertificaat to the gemeente, which hands it over
-- (Z-route, §15.6).
create table beschikking_voldaan (
    bsn                 varchar(9)  primary key,
    gemeentecode        varchar(4)  not null,
    leerroute           varchar(20) not null,
    datum_voldaan       date        not null,
    datum_beschikking   date        not null,
    waardepapier        varchar(30) not null,
    vastgesteld_op      timestamptz not null
);

create table waardepapier (
    id                  uuid        primary key,
    bsn                 varchar(9)  not null references beschikking_voldaan (bsn),
    soort               varchar(30) not null,
    verstrekt_aan       varchar(20) not null,
    gemeentecode        varchar(4),
    datum_verstrekt     date        not null,
    constraint waardepapier_certificaat_via_gemeente check (verstrekt_aan <> 'GEMEENTE' or gemeentecode is not null)
);

create index waardepapier_bsn on waardepapier (bsn);
