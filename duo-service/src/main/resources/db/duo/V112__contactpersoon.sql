-- The contactpersonen of a gemeente (DUO M2M Contactpersoon API; id 1..99999 as the spec gives) and the
-- koppeling of an inburgeringsplichtige to one of them: one per person and gemeente, a new one overwrites it.
create sequence contactpersoon_id_seq minvalue 1 maxvalue 99999 no cycle;

create table contactpersoon (
    id              integer      primary key,
    gemeentecode    varchar(4)   not null,
    naam            varchar(100) not null,
    email           varchar(241) not null,
    telefoonnummer  varchar(22)  not null,
    gewijzigd_op    timestamptz  not null
);
create index contactpersoon_gemeente on contactpersoon (gemeentecode);

create table contactpersoon_koppeling (
    bsn               varchar(9) not null,
    gemeentecode      varchar(4) not null,
    contactpersoon_id integer    not null references contactpersoon (id) on delete cascade,
    gekoppeld_op      timestamptz not null,
    primary key (bsn, gemeentecode)
);
create index contactpersoon_koppeling_contactpersoon on contactpersoon_koppeling (contactpersoon_id);
