package nl.inburgering.coa.bewoner.domain;

/** The four moments at which COA shares the klantprofiel with the gekoppelde gemeente (seed §3.3). */
public enum Klantprofielmoment {
    KOPPELING,
    WARME_OVERDRACHT,
    BIJGEWERKT_TIJDENS_VOORINBURGERING,
    INSCHRIJVING_GEMEENTE
}
