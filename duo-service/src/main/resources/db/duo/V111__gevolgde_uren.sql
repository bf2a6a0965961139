-- The cumulative stand of the gevolgde uren per person and gemeente (#17 GevolgdeUrenGemeld and the M2M
-- GevolgdeUren API share it). A stand with a later peildatum replaces an earlier one.
create table gevolgde_uren (
    bsn                                          varchar(9)  not null,
    gemeentecode                                 varchar(4)  not null,
    peildatum                                    date        not null,
    uren_taalles_en_knm_brede_intake             integer,
    uren_participatieactiviteiten_brede_intake   integer,
    uren_participatie_als_taalles                integer,
    uren_participatie_zroute                     integer,
    actualisatiemoment                           text,
    bijgewerkt_op                                timestamptz not null,
    primary key (bsn, gemeentecode)
);
