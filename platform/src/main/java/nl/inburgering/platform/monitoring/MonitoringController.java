package nl.inburgering.platform.monitoring;

import java.time.LocalDate;
import java.time.Clock;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import nl.inburgering.platform.security.Rol;
import nl.inburgering.platform.security.Toegang;
import nl.inburgering.platform.web.OngeldigeInvoerException;

/**
 * The operator's trigger of #22 (decision 0041): {@code POST /beheer/monitoring/leveringen} with
 * {@code {"peildatum": "2026-12-01"}} delivers that peildatum now, and answers how many records went out; the same
 * peildatum again sends nothing twice. Outside {@code /api}, so in no OpenAPI document (like {@code /beheer/klok}).
 *
 * <p>Who may: {@link Rol#BEHEERDER}, the operator of the service.
 */
@RestController
@RequestMapping("/beheer/monitoring/leveringen")
@Toegang(Rol.BEHEERDER)
public class MonitoringController {

    /** The body of the call. */
    public record Leveringsverzoek(LocalDate peildatum) {
    }

    private final Monitoringlevering levering;
    private final Clock clock;

    public MonitoringController(Monitoringlevering levering, Clock clock) {
        this.levering = levering;
        this.clock = clock;
    }

    @PostMapping
    public Monitoringlevering.Uitkomst lever(@RequestBody(required = false) Leveringsverzoek verzoek) {
        if (verzoek == null || verzoek.peildatum() == null) {
            throw new OngeldigeInvoerException("peildatum", "required", "de peildatum is verplicht, bijvoorbeeld "
                    + Monitoringlevering.peildatumVan(LocalDate.now(clock)));
        }
        if (verzoek.peildatum().isAfter(LocalDate.now(clock))) {
            throw new OngeldigeInvoerException("peildatum", "future",
                    "de peildatum ligt in de toekomst: over die dag zijn er nog geen gegevens");
        }
        return levering.lever(verzoek.peildatum());
    }
}
