-- Stelseldienst #18 at DUO (issue 13): the stand of a person's inspanning per instelling that DUO counts (cumulative;
-- a later or equal peildatum replaces it), and every delivery refused because it came along the wrong route (§15.5).
create table inspanning (
    bsn                                 varchar(9)  not null,
    instellingsnummer                   varchar(10) not null,
    route                               varchar(20) not null,
    gemeentecode                        varchar(4),
    leerroute                           varchar(20) not null,
    peildatum                           date        not null,
    startdatum_onderwijs                date        not null,
    uren_aangeboden                     integer     not null,
    uren_aanwezig                       integer     not null,
    uren_ongeoorloofd_verzuim           integer     not null,
    taalschakeltraject_afgerond         boolean     not null,
    datum_afronding_taalschakeltraject  date,
    actualisatiemoment                  varchar(40) not null,
    ontvangen_op                        timestamptz not null,
    primary key (bsn, instellingsnummer)
);

create table inspanning_afwijzing (
    id                 uuid         primary key,
    bsn                varchar(9)   not null,
    instellingsnummer  varchar(10)  not null,
    route              varchar(20)  not null,
    gemeentecode       varchar(4),
    peildatum          date         not null,
    reden_code         varchar(60)  not null,
    reden              varchar(200) not null,
    afgewezen_op       timestamptz  not null
);

create index inspanning_afwijzing_bsn on inspanning_afwijzing (bsn);
