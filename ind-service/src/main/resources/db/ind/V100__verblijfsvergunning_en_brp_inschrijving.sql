create table verblijfsvergunning (
    v_nummer                       varchar(10) primary key,
    bsn                            varchar(9)  not null unique,
    geboortedatum                  date        not null,
    nationaliteit                  varchar(2)  not null,
    verblijfsdoel                  text        not null,
    referent_is_asielstatushouder  boolean     not null,
    ingangsdatum                   date        not null,
    geregistreerd_op               timestamptz not null,
    verblijfsdoel_geleverd_op      timestamptz
);

-- IND's copy of the BRP inschrijving: only what stelseldienst #1 needs.
create table brp_inschrijving (
    bsn                varchar(9) primary key,
    gemeentecode       varchar(4) not null,
    datum_inschrijving date       not null
);
