-- Issue 15 (§13.3): the vertrek naar het buitenland of a plichtige and his return, kept by the plichteinde module.
create table plichteinde_vertrek (
    bsn                     varchar(9)  primary key,
    gemeentecode            varchar(4)  not null,
    datum_vertrek           date        not null,
    land_van_vertrek        varchar(2),
    datum_terugkeer         date,
    gemeentecode_terugkeer  varchar(4),
    geregistreerd_op        timestamptz not null
);
