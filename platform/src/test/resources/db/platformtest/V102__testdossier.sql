-- A person's dossier kept through JPA, to prove that a change of personal data needs a Logboek record, and a
-- counter without personal data that may change outside a Persoonsverwerking.
create table testdossier (
    bsn      varchar(9) primary key,
    notitie  text not null
);

create table testteller (
    naam  text primary key,
    stand bigint not null
);
