-- Every toets DUO sets ready gets an examennummer (DUO Leerbaarheidstoets API: at most 12 characters, unique).
-- The number comes from the column default, so the insert of the inburgeringsplicht feature (which does not
-- know the column) gets one as well; rows that existed before this migration get one here.
create sequence leerbaarheidstoets_examennummer_seq;

alter table leerbaarheidstoets
    add column examennummer varchar(12) not null
        default ('LBT' || lpad(nextval('leerbaarheidstoets_examennummer_seq')::text, 9, '0')),
    add column herkansing boolean not null default false,
    -- the gemeente that last received the LeerbaarheidstoetsKlaargezet of this toets
    add column gemeentecode varchar(4),
    -- the toetsbegeleider's verklaring (negatief) ordentelijk verloop
    add column ordentelijk_verloop boolean,
    add column verklaard_door varchar(4),
    add column verklaard_op timestamptz,
    add column toelichting text,
    -- the uitslag from DUO's toetsafname-systeem; behaalde_score null: the toets gave no score
    add column datum_afname date,
    add column behaalde_score varchar(6),
    add column uitslag_ontvangen_op timestamptz,
    -- the uitkomst delivered with #6
    add column resultaat text,
    add column benodigde_score varchar(6),
    add column uitkomst_geleverd_op timestamptz,
    add column gewijzigd_op timestamptz;

alter table leerbaarheidstoets add constraint leerbaarheidstoets_examennummer_uniek unique (examennummer);
