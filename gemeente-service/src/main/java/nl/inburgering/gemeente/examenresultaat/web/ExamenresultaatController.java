package nl.inburgering.gemeente.examenresultaat.web;

import java.util.UUID;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.inburgering.gemeente.examenresultaat.application.ExamenresultatenRaadplegen;
import nl.inburgering.gemeente.examenresultaat.application.ExamenresultatenRaadplegen.Examenresultaten;
import nl.inburgering.platform.security.KetenGebruiker;
import nl.inburgering.platform.security.Rol;
import nl.inburgering.platform.security.Toegang;

/** DUO's examenresultaten (#13) of the caseworker's own inburgeraar; another gemeente's answers 404. */
@RestController
@Toegang(Rol.GEMEENTE_KLANTMANAGER)
@RequestMapping("/api/v1/inburgeraars/{id}/examenresultaten")
@Tag(name = "Examenresultaten")
class ExamenresultaatController {

    private final ExamenresultatenRaadplegen raadplegen;

    ExamenresultaatController(ExamenresultatenRaadplegen raadplegen) {
        this.raadplegen = raadplegen;
    }

    @GetMapping
    @Operation(summary = "De examenresultaten van een inburgeraar (#13 van DUO)",
            description = "De behaalde onderdelen (KNM, LE, LU, SC, SP) en elke uitslag, het laatste examen eerst.")
    Examenresultaten examenresultaten(@PathVariable UUID id) {
        return raadplegen.raadpleeg(KetenGebruiker.huidig().vereisGemeentecode(), id);
    }
}
