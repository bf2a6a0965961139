-- Ontheffingen (issue 15, seed §11.2): the aanvraag om medische ontheffing or aangepaste examenomstandigheden at DUO,
-- its procedure (arts, eigen bijdrage, deskundigenverklaring, formele toets, beslissing) and every step of it with
-- who, when and why.
create table ontheffingsaanvraag (
    id                          uuid            primary key,
    bsn                         varchar(9)      not null,
    grond                       varchar(3)      not null,
    gevraagd                    varchar(40)     not null,
    gevraagde_onderdelen        varchar(20)     not null default '',
    status                      varchar(30)     not null,
    datum_aanvraag              date            not null,
    ingediend_op                timestamptz     not null,
    arts                        varchar(200),
    eigen_bijdrage_geind        numeric(10, 2),
    verklaring_datum            date,
    procedure_gevolgd           boolean,
    oordeel                     varchar(20),
    soort                       varchar(40),
    onderdelen                  varchar(20)     not null default '',
    uren_belastbaarheid_participatieactiviteit integer,
    datum_beschikking           date,
    terugbetaald                numeric(10, 2),
    arts_betaald_op             date,
    gemeentecode                varchar(4)
);

create index ontheffingsaanvraag_bsn on ontheffingsaanvraag (bsn);

create table ontheffingsstap (
    id              bigserial       primary key,
    aanvraag_id     uuid            not null references ontheffingsaanvraag (id),
    stap            varchar(30)     not null,
    door            varchar(200)    not null,
    op              timestamptz     not null,
    toelichting     varchar(2000)   not null
);

create index ontheffingsstap_aanvraag on ontheffingsstap (aanvraag_id);
