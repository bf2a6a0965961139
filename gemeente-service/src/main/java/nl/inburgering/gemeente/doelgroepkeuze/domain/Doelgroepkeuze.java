package nl.inburgering.gemeente.doelgroepkeuze.domain;

/**
 * The keuze after a doelgroepwijziging (seed §13.4, footnote 6; DUO's AsielrechtenWijzigingVerblijfsdoel, as the
 * gemeente's API names it).
 */
public enum Doelgroepkeuze {
    /** From gezins- or overige migrant to asielstatushouder: the asielrechten apply. */
    ASIELRECHTEN_TOEGEKEND,
    /** From asielstatushouder to gezins- or overige migrant: the asielrechten stay. */
    BEHOUD_ASIELRECHTEN,
    /** From gezins- or overige migrant to asielstatushouder: on request he keeps the rights he had. */
    OP_VERZOEK_BEHOUD_RECHTEN_GEZINS_EN_OVERIGE_MIGRANT,
    /** From asielstatushouder to gezins- or overige migrant: on request he waives the asielrechten. */
    OP_VERZOEK_RECHTEN_GEZINS_EN_OVERIGE_MIGRANT_TOEGEKEND
}
