package nl.inburgering.duo.examen.domain;

import java.time.LocalDate;
import java.util.List;

import nl.inburgering.platform.bsn.Bsn;

/**
 * The definitive uitslag of an examenonderdeel (#13), for the person's gemeente and the instellingen where he is
 * ingeschreven (#20).
 *
 * @param niveau null for KNM (no taalniveau)
 * @param reden  only with {@link Uitslag#GEEN}
 */
public record ExamenresultaatVastgesteld(Bsn bsn, String gemeentecode, List<String> instellingsnummers,
        Onderdeel onderdeel, Niveau niveau, LocalDate examendatum, Uitslag uitslag, RedenGeenResultaat reden,
        LocalDate datumDefinitieveUitslag) {

    public ExamenresultaatVastgesteld {
        instellingsnummers = List.copyOf(instellingsnummers);
    }
}
