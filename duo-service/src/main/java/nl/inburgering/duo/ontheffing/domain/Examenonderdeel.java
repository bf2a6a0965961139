package nl.inburgering.duo.ontheffing.domain;

/** The examenonderdelen a gedeeltelijke ontheffing can cover (DUO codelijst ExamenonderdeelWI2021Inburgering). */
public enum Examenonderdeel {
    KNM,
    LE,
    LU,
    SC,
    SP
}
