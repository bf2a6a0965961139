-- SZW's beslissing op een BIO-dossier (issue 15, seed §11.3; decision 0035): SZW has no service of its own, its
-- medewerkers decide in DUO's service; one beslissing per dossier, published as #21 on SZW's topic.
create table szw_bio_beslissing (
    dossierkenmerk  uuid            primary key,
    bsn             varchar(9)      not null,
    oordeel         varchar(20)     not null,
    datum_beslissing date           not null,
    door            varchar(200)    not null,
    genomen_op      timestamptz     not null
);
