-- Examens at DUO (issue 13): aanmelding, planning and the definitive uitslag per onderdeel, the source of #13 and of
-- DUO's M2M Examen API (resultaten, gratispogingen).
create table examen (
    id                          uuid        primary key,
    bsn                         varchar(9)  not null,
    onderdeel                   varchar(3)  not null,
    niveau                      varchar(2),
    status                      varchar(20) not null,
    aangemeld_op                timestamptz not null,
    examendatum                 date,
    uitslag                     varchar(10),
    reden_geen_resultaat        varchar(20),
    datum_definitieve_uitslag   date,
    geleverd_aan_gemeente       varchar(4),
    geleverd_aan_instellingen   varchar(200),
    constraint examen_uitslag_met_datum check (uitslag is null or (examendatum is not null
                                                and datum_definitieve_uitslag is not null))
);

create index examen_bsn on examen (bsn);
