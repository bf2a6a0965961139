package nl.inburgering.duo.pip.web;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import nl.inburgering.duo.m2m.web.gedeeld.Foutmelding;
import nl.inburgering.duo.pip.domain.Overtreding;
import nl.inburgering.duo.m2m.web.gedeeld.NietGeautoriseerdException;

/**
 * The 403 of the PIP and Inburgeringsaanbod APIs as their specs define it: {@code application/json} with a list of
 * {@link Foutmelding}, for a refusal of the bron as well as a functional refusal. Used by the controllers' own
 * exception handlers, which Spring consults before the M2M advice's problem+json.
 */
final class M2mAfwijzingen {

    private M2mAfwijzingen() {
    }

    static ResponseEntity<List<Foutmelding>> afgewezen(AfgewezenException e) {
        return antwoord(Foutmelding.van(e.overtredingen().stream().map(Overtreding::omschrijving).toList()));
    }

    static ResponseEntity<List<Foutmelding>> nietGeautoriseerd(NietGeautoriseerdException e) {
        return antwoord(Foutmelding.van("Niet geautoriseerd: " + e.getMessage() + "."));
    }

    private static ResponseEntity<List<Foutmelding>> antwoord(List<Foutmelding> fouten) {
        return ResponseEntity.status(HttpStatus.FORBIDDEN).contentType(MediaType.APPLICATION_JSON).body(fouten);
    }
}
