-- Seed §9.3, §15.5: every cumulative stand of a cursist's inspanning the instelling reported (#18), with the route
-- it took: to the gemeente that bought the lessons (an asielstatushouder) or straight to DUO, never both.
create table inspanning (
    id                                 uuid        primary key,
    cursist_id                         uuid        not null references cursist (id),
    bsn                                varchar(9)  not null,
    peildatum                          date        not null,
    uren_aangeboden                    integer     not null,
    uren_aanwezig                      integer     not null,
    uren_ongeoorloofd_verzuim          integer     not null,
    taalschakeltraject_afgerond        boolean     not null,
    datum_afronding_taalschakeltraject date,
    actualisatiemoment                 text        not null,
    -- GEMEENTE or DUO (seed §15.5)
    gemeld_aan                         text        not null,
    gemeentecode                       varchar(4),
    gemeld_op                          timestamptz not null
);
create index inspanning_per_cursist on inspanning (cursist_id, peildatum desc, gemeld_op desc);
