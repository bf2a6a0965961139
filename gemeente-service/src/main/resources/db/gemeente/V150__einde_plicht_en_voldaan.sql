-- Issue 14, seed §8 and §15.6: the end of the traject at the gemeente.
-- DUO's #3 InburgeringsplichtBeeindigd ends the plicht of the inburgeraar: he leaves the active werkvoorraad but
-- stays findable (filter status=beeindigd or alle). A later #3 vastgesteld (a new plicht) opens him again.
alter table inburgeraar add column einddatum_plicht date;
alter table inburgeraar add column reden_einde_plicht text;
alter table inburgeraar add column datum_vaststelling_einde date;

-- DUO's beschikking voldaan (#10), one per person and gemeente (the latest delivery counts), kept by BSN and
-- gemeente and joined on read. For the Z-route (waardepapier INBURGERINGSCERTIFICAAT) the gemeente hands the
-- certificaat over (seed §15.6): the uitreiking is recorded here.
create table beschikking_voldaan (
    id                      uuid        primary key,
    bsn                     varchar(9)  not null,
    gemeentecode            varchar(4)  not null,
    datum_beschikking       date        not null,
    datum_voldaan           date        not null,
    leerroute               text        not null,
    waardepapier            text        not null,
    ontvangen_op            timestamptz not null,
    certificaat_uitgereikt_op date,
    certificaat_vastgelegd_op timestamptz,
    unique (bsn, gemeentecode)
);
