package nl.inburgering.duo.examen.domain;

/** The examenonderdelen of the inburgeringsexamen (Wi2021), with the codes of DUO's Examen API. */
public enum Onderdeel {
    KNM, LE, LU, SC, SP;

    /** Whether the onderdeel is taken at a taalniveau (every one but Kennis van de Nederlandse Maatschappij). */
    public boolean heeftNiveau() {
        return this != KNM;
    }
}
