package nl.inburgering.duo.notificatie.web;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import nl.inburgering.duo.notificatie.application.BezorgingRaadplegen;
import nl.inburgering.platform.security.Rol;
import nl.inburgering.platform.security.Toegang;

/**
 * {@code GET /beheer/notificaties}: per registered gemeente how many notifications wait, were delivered or refused,
 * when the last one arrived, and the last failure with the next attempt (decision 0030). For the operator
 * ({@link Rol#BEHEERDER}); no personal data.
 */
@RestController
@RequestMapping("/beheer/notificaties")
@Toegang(Rol.BEHEERDER)
class NotificatieBeheerController {

    private final BezorgingRaadplegen raadplegen;

    NotificatieBeheerController(BezorgingRaadplegen raadplegen) {
        this.raadplegen = raadplegen;
    }

    @GetMapping
    List<BezorgingRaadplegen.Bezorgstand> stand() {
        return raadplegen.stand();
    }
}
