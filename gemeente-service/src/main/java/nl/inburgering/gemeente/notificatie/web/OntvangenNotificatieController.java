package nl.inburgering.gemeente.notificatie.web;

import java.util.List;
import java.util.UUID;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.inburgering.gemeente.notificatie.application.NotificatiesRaadplegen;
import nl.inburgering.platform.security.KetenGebruiker;
import nl.inburgering.platform.security.Rol;
import nl.inburgering.platform.security.Toegang;

/** The notifications of DUO about the caseworker's own inburgeraar; another gemeente's answers 404. */
@RestController
@Toegang(Rol.GEMEENTE_KLANTMANAGER)
@RequestMapping("/api/v1/inburgeraars/{id}/notificaties")
@Tag(name = "Notificaties")
class OntvangenNotificatieController {

    private final NotificatiesRaadplegen raadplegen;

    OntvangenNotificatieController(NotificatiesRaadplegen raadplegen) {
        this.raadplegen = raadplegen;
    }

    @GetMapping
    @Operation(summary = "De notificaties van DUO over een inburgeraar",
            description = "Elke notificatie (gebeurtenisId van DUO's Gebeurtenissen.md), de oudste eerst, met wat de "
                    + "gemeente ermee deed: de gegevens opgehaald bij DUO en verwerkt, of de laatste fout.")
    List<NotificatiesRaadplegen.OntvangenNotificatie> notificaties(@PathVariable UUID id) {
        return raadplegen.raadpleeg(KetenGebruiker.huidig().vereisGemeentecode(), id);
    }
}
