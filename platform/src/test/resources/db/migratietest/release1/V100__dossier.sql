create table dossier (bsn varchar(9) primary key);
