-- DUO's Notificatie API, receiving side (issue 14 item 5, decision 0030): every notification DUO delivered, once per
-- berichtId, and what the gemeente did with it (fetched from DUO's M2M APIs and recorded, or the last failure).
create table ontvangen_notificatie (
    bericht_id             uuid primary key,
    volgnummer             bigserial not null unique,
    gemeentecode           varchar(4) not null,
    bsn                    varchar(9),
    v_nummer               bigint,
    gebeurtenis_id         varchar(6) not null,
    registratie_datum_tijd timestamptz not null,
    ontvangen_op           timestamptz not null,
    verwerkt_op            timestamptz,
    uitkomst               varchar(200),
    pogingen               integer not null default 0,
    laatste_fout           varchar(500)
);
create index ontvangen_notificatie_te_verwerken on ontvangen_notificatie (volgnummer) where verwerkt_op is null;
create index ontvangen_notificatie_per_persoon on ontvangen_notificatie (bsn, gemeentecode);
