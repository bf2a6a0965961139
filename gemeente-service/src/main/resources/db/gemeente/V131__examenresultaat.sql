-- Seed §5.2 and §6.2: DUO's examenresultaten (#13) for the gemeente. Kept per person (bsn) and gemeente, joined
-- with the inburgeraar on read (DUO may deliver before the gemeente has its #3, and again after a verhuizing).
-- One row per exam (onderdeel, niveau, examendatum): a result delivered again changes nothing, a different uitslag
-- for the same exam (DUO corrected it) replaces it.
create table examenresultaat (
    id                          uuid        primary key,
    bsn                         varchar(9)  not null,
    gemeentecode                varchar(4)  not null,
    onderdeel                   text        not null,
    niveau                      text        not null,
    examendatum                 date        not null,
    uitslag                     text        not null,
    reden_geen_resultaat        text,
    datum_definitieve_uitslag   date        not null,
    aanleiding                  text        not null,
    ontvangen_op                timestamptz not null,
    unique (bsn, gemeentecode, onderdeel, niveau, examendatum)
);
