package nl.inburgering.duo.examen.domain;

import java.time.LocalDate;
import java.util.List;

import nl.inburgering.platform.bsn.Bsn;

/**
 * The definitive uitslag of an examenonderdeel (#13), for the person's gemeente and the instellingen where he is
 * ingeschreven (#20).
 *
 * @param niveau null for KNM (no taalniveau)
 * @param reden        only with {@link Uitslag#GEEN}
 * @param naVerhuizing an earlier uitslag delivered again to the new gemeente after a verhuizing (aanleiding
 *                     OVERDRACHT_NA_VERHUIZING, seed §13.2), to that gemeente only
 */
public record ExamenresultaatVastgesteld(Bsn bsn, String gemeentecode, List<String> instellingsnummers,
        Onderdeel onderdeel, Niveau niveau, LocalDate examendatum, Uitslag uitslag, RedenGeenResultaat reden,
        LocalDate datumDefinitieveUitslag, boolean naVerhuizing) {

    public ExamenresultaatVastgesteld {
        instellingsnummers = List.copyOf(instellingsnummers);
    }

    /** A new uitslag (aanleiding NIEUW). */
    public ExamenresultaatVastgesteld(Bsn bsn, String gemeentecode, List<String> instellingsnummers,
            Onderdeel onderdeel, Niveau niveau, LocalDate examendatum, Uitslag uitslag, RedenGeenResultaat reden,
            LocalDate datumDefinitieveUitslag) {
        this(bsn, gemeentecode, instellingsnummers, onderdeel, niveau, examendatum, uitslag, reden,
                datumDefinitieveUitslag, false);
    }
}
