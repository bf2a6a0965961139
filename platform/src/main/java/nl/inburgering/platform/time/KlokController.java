package nl.inburgering.platform.time;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import nl.inburgering.platform.security.Rol;
import nl.inburgering.platform.security.Toegang;
import nl.inburgering.platform.web.OngeldigeInvoerException;

/**
 * The movable clock of this service over HTTP, so a chain of services in JVMs of their own can be moved as one
 * (keten-local's separate-process mode, tests, demos). Exists only with {@code keten.klok.verschuifbaar=true}
 * ({@link KlokAutoConfiguration}), never in production; outside {@code /api}, so in no OpenAPI document.
 *
 * <ul>
 * <li>{@code GET /beheer/klok}: {@code {"nu": "...", "verschuiving": "PT0S"}}</li>
 * <li>{@code PUT /beheer/klok} with {@code {"verschuiving": "P400D"}} (ISO-8601 duration): sets how far the clock
 * runs ahead of the real time; setting, not adding, so the same call to every service moves them together</li>
 * </ul>
 *
 * <p>Who may: {@link Rol#BEHEERDER}, the operator of the service.
 */
@RestController
@RequestMapping("/beheer/klok")
@Toegang(Rol.BEHEERDER)
public class KlokController {

    /** The body of a {@code PUT}, and (with {@code nu}) the answer of both calls. */
    public record Klokstand(Instant nu, String verschuiving) {
    }

    private final VerschuifbareKlok klok;

    public KlokController(VerschuifbareKlok klok) {
        this.klok = klok;
    }

    @GetMapping
    public Klokstand stand() {
        return new Klokstand(klok.instant(), klok.verschuiving().toString());
    }

    @PutMapping
    public Klokstand zet(@RequestBody Klokstand gevraagd) {
        if (gevraagd == null || gevraagd.verschuiving() == null || gevraagd.verschuiving().isBlank()) {
            throw new OngeldigeInvoerException("verschuiving", "required", "de verschuiving is verplicht, bijvoorbeeld P400D");
        }
        Duration verschuiving;
        try {
            verschuiving = Duration.parse(gevraagd.verschuiving());
        } catch (DateTimeParseException e) {
            throw new OngeldigeInvoerException("verschuiving", "duration",
                    "de verschuiving is geen ISO-8601-duur (bijvoorbeeld P400D of PT36H)");
        }
        klok.zetVerschuiving(verschuiving);
        return stand();
    }
}
