-- Issue 15 item 4 (seed §13.4): the keuze after a doelgroepwijziging the gemeente passed on to DUO (#16), one row
-- per keuze; the same keuze again is not passed on twice.
create table doelgroepkeuze (
    id                          bigserial   primary key,
    bsn                         varchar(9)  not null,
    gemeentecode                varchar(4)  not null,
    datum_wijziging_doelgroep   date        not null,
    keuze                       text        not null,
    datum_ondertekening         date        not null,
    doorgegeven_op              timestamptz not null
);
create index doelgroepkeuze_persoon on doelgroepkeuze (bsn, gemeentecode);
