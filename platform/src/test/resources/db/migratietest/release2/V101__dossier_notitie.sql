alter table dossier add column notitie text;
