package nl.inburgering.platform.leveringsafspraak;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import nl.inburgering.platform.security.Rol;
import nl.inburgering.platform.security.Toegang;

/**
 * The operator publishes this service's counted delivery agreements now instead of at the next interval
 * (decision 0042, addendum), for tests, keten-local and after a replay of dead letters. Outside {@code /api}, so in no
 * OpenAPI document; for {@link Rol#BEHEERDER} only; no body.
 * <ul>
 * <li>{@code POST /beheer/leveringsafspraken/_publiceer}: 202 with what was published
 * ({@code {"gepubliceerd": true, "topic": "gemeente.leveringsafspraken.v1", "geteldOp": ..., "vanaf": ..., "tot": ...,
 * "tellingen": 3}}), or 200 with {@code {"gepubliceerd": false}} when nothing was counted.</li>
 * </ul>
 */
@RestController
@RequestMapping("/beheer/leveringsafspraken")
@Toegang(Rol.BEHEERDER)
public class LeveringsafsprakenController {

    /** The answer: whether anything was published and, if so, what. */
    public record Antwoord(boolean gepubliceerd, String topic, java.time.Instant geteldOp, java.time.LocalDate vanaf,
            java.time.LocalDate tot, Integer tellingen) {
    }

    private final Leveringsafsprakenpublicatie publicatie;

    public LeveringsafsprakenController(Leveringsafsprakenpublicatie publicatie) {
        this.publicatie = publicatie;
    }

    @PostMapping("/_publiceer")
    public ResponseEntity<Antwoord> publiceer() {
        return publicatie.publiceer()
                .map(p -> ResponseEntity.status(HttpStatus.ACCEPTED)
                        .body(new Antwoord(true, p.topic(), p.geteldOp(), p.vanaf(), p.tot(), p.tellingen())))
                .orElseGet(() -> ResponseEntity.ok(new Antwoord(false, null, null, null, null, null)));
    }
}
