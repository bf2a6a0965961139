-- Handhaving op resultaat (issue 14, seed §9.3.1): DUO's judgement of an overschrijding of the termijn, once per
-- deadline (LEVERTERMIJN_GEMEENTE after the signal 4 weeks after the end): the unique key makes a repeat do nothing.
create table handhavingsoordeel (
    id                      uuid            primary key,
    bsn                     varchar(9)      not null,
    vervaldag               date            not null,
    uitkomst                varchar(30)     not null,
    verlengingsgrondcode    varchar(10),
    beschikkingskenmerk     varchar(40),
    totaalbedrag            numeric(9, 2),
    nieuwe_einddatum        date,
    gemeentecode            varchar(4),
    overwegingen            text            not null,
    beoordeeld_op           timestamptz     not null,
    constraint handhavingsoordeel_een_per_deadline unique (bsn, vervaldag),
    constraint handhavingsoordeel_boete_met_kenmerk check (totaalbedrag is null or beschikkingskenmerk is not null)
);
