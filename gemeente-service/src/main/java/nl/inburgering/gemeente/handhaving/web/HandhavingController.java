package nl.inburgering.gemeente.handhaving.web;

import java.util.UUID;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.inburgering.gemeente.handhaving.application.HandhavingRaadplegen;
import nl.inburgering.gemeente.handhaving.application.HandhavingRaadplegen.HandhavingOpResultaat;
import nl.inburgering.platform.security.KetenGebruiker;
import nl.inburgering.platform.security.Rol;
import nl.inburgering.platform.security.Toegang;

/** DUO's handhaving op resultaat (#7, #8, #9) of the caseworker's own inburgeraar; another gemeente's answers 404. */
@RestController
@Toegang(Rol.GEMEENTE_KLANTMANAGER)
@RequestMapping("/api/v1/inburgeraars/{id}/handhaving-op-resultaat")
@Tag(name = "Handhaving op resultaat")
class HandhavingController {

    private final HandhavingRaadplegen raadplegen;

    HandhavingController(HandhavingRaadplegen raadplegen) {
        this.raadplegen = raadplegen;
    }

    @GetMapping
    @Operation(summary = "De signaleringen (#7), boetes (#8) en beoordelingen van een aanvraag verlenging (#9) van DUO",
            description = "Elke levering, de oudste eerst; bij een signalering de uiterlijke leverdatum (die van DUO, "
                    + "anders 10 werkdagen na de signalering).")
    HandhavingOpResultaat handhaving(@PathVariable UUID id) {
        return raadplegen.raadpleeg(KetenGebruiker.huidig().vereisGemeentecode(), id);
    }
}
