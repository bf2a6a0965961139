-- COA's koppeling of an asielstatushouder to a beoogde vestigingsgemeente (#14).
create table koppeling (
    bsn              varchar(9)  primary key,
    gemeentecode     varchar(4)  not null,
    datum_koppeling  date        not null,
    in_coa_locatie   boolean     not null,
    ontvangen_op     timestamptz not null
);

-- The recht op maatschappelijke begeleiding DUO decided for a plichtige asielstatushouder (#4).
create table maatschappelijke_begeleiding (
    bsn             varchar(9) primary key,
    ingangsdatum    date       not null,
    vastgesteld_op  date       not null
);
