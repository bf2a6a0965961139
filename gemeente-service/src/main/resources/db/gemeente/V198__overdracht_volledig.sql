-- Issue 16 gaps (decision 0038 addendum): the new gemeente keeps what #19 InburgeraarOvergedragen v2 carries in
-- full: the aanbod, the brede intake of the old gemeente, the inspanning per instelling and the boetes op
-- inspanning the old gemeente imposed (date, amount, reason). An overdracht received before keeps its columns null
-- and no rows below: it carried only the counts and the flag.

alter table overdracht_inburgeraar
    add column aanbod_verwachte_startdatum_opleiding date,
    add column aanbod_verwachte_einddatum_opleiding  date,
    add column aanbod_instellingsnummers             text[],
    add column intake_aantal_oproepen                integer,
    add column intake_aantal_keer_niet_verschenen    integer,
    add column leerbaarheidstoets_resultaat          text,
    add column leerbaarheidstoets_behaalde_score     text,
    add column leerbaarheidstoets_benodigde_score    text,
    add column leerbaarheidstoets_datum_afname       date;

create table overdracht_inburgeraar_inspanning (
    overdracht_id                uuid    not null references overdracht_inburgeraar (id),
    volgorde                     integer not null,
    instellingsnummer            text    not null,
    leerroute                    text    not null,
    peildatum                    date    not null,
    startdatum_onderwijs         date,
    uren_aangeboden              integer not null,
    uren_aanwezig                integer not null,
    uren_ongeoorloofd_verzuim    integer not null,
    taalschakeltraject_afgerond  boolean not null,
    actualisatiemoment           text,
    primary key (overdracht_id, volgorde)
);

create table overdracht_inburgeraar_boete (
    overdracht_id      uuid          not null references overdracht_inburgeraar (id),
    volgorde           integer       not null,
    datum              date          not null,
    bedrag             numeric(9, 2) not null,
    reden              text          not null,
    instellingsnummer  text,
    primary key (overdracht_id, volgorde)
);
