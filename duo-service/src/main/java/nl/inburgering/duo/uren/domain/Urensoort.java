package nl.inburgering.duo.uren.domain;

/** The kinds of gevolgde uren a gemeente reports to DUO (#17, DUO GevolgdeUren API). */
public enum Urensoort {
    /** Taalles Nederlands als tweede taal and KNM during the brede intake. */
    TAALLES_EN_KNM_BREDE_INTAKE,
    /** Participatieactiviteiten during the brede intake, for the Z-route of an asielstatushouder (Besluit art. 3.14). */
    PARTICIPATIEACTIVITEITEN_BREDE_INTAKE,
    /** Taalles and KNM at a cursusinstelling within the leerroute, counted as participatie. */
    PARTICIPATIE_ALS_TAALLES,
    /** Participatie in the Z-route (PVT and MAP included); only on #17, the M2M API has no resource for it. */
    PARTICIPATIE_ZROUTE
}
