package nl.inburgering.duo.vrijstelling.domain;

/**
 * What DUO's own registers hold of a person that frees him ambtshalve (seed §3.2; the reden codes of DUO's Vrijstelling
 * API): a diploma DUO recognises (DIP), an inburgeringsdiploma under the Wi2013 (INB), both a gehele vrijstelling; an
 * inschrijving on a vervolgopleiding (OPL), a tijdelijke vrijstelling for its period.
 */
public enum Registerfeit {
    DIPLOMA(RedenVrijstelling.DIP),
    INBURGERINGSDIPLOMA_WI2013(RedenVrijstelling.INB),
    INSCHRIJVING_VERVOLGOPLEIDING(RedenVrijstelling.OPL);

    private final RedenVrijstelling reden;

    Registerfeit(RedenVrijstelling reden) {
        this.reden = reden;
    }

    public RedenVrijstelling reden() {
        return reden;
    }
}
