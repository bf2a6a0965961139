-- Seed §5.2, §6.2: the examenresultaten DUO delivers to the instelling of its own cursisten (#13), per instelling
-- that received it; a result for someone who never was a cursist of the instelling is not kept (decision 0021).
create table examenresultaat (
    id                        uuid        primary key,
    instellingsnummer         varchar(10) not null,
    bsn                       varchar(9)  not null,
    onderdeel                 text        not null,
    niveau                    text        not null,
    examendatum               date        not null,
    uitslag                   text        not null,
    reden_geen_resultaat      text,
    datum_definitieve_uitslag date        not null,
    aanleiding                text        not null,
    ontvangen_op              timestamptz not null
);
create index examenresultaat_per_persoon on examenresultaat (instellingsnummer, bsn, examendatum desc);
