package nl.inburgering.gemeente.vrijstellingontheffing.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.inburgering.gemeente.vrijstellingontheffing.application.BioAdviesVastleggen;
import nl.inburgering.gemeente.vrijstellingontheffing.application.VrijstellingenEnOntheffingenRaadplegen;
import nl.inburgering.gemeente.vrijstellingontheffing.application.VrijstellingenEnOntheffingenRaadplegen.BeslissingView;
import nl.inburgering.gemeente.vrijstellingontheffing.application.VrijstellingenEnOntheffingenRaadplegen.BioAdviesView;
import nl.inburgering.platform.security.KetenGebruiker;
import nl.inburgering.platform.security.Rol;
import nl.inburgering.platform.security.Toegang;

/**
 * DUO's decisions on vrijstelling (#11) and ontheffing (#12) of the caseworker's own inburgeraar, and the gemeente's
 * advies on a BIO request (seed §11.3). Another gemeente's inburgeraar answers 404 like one that does not exist.
 */
@RestController
@Toegang(Rol.GEMEENTE_KLANTMANAGER)
@RequestMapping("/api/v1/inburgeraars/{id}")
@Tag(name = "Vrijstellingen en ontheffingen")
class VrijstellingenEnOntheffingenController {

    private final VrijstellingenEnOntheffingenRaadplegen raadplegen;
    private final BioAdviesVastleggen vastleggen;

    VrijstellingenEnOntheffingenController(VrijstellingenEnOntheffingenRaadplegen raadplegen,
            BioAdviesVastleggen vastleggen) {
        this.raadplegen = raadplegen;
        this.vastleggen = vastleggen;
    }

    @GetMapping("/vrijstellingen-en-ontheffingen")
    @Operation(summary = "De beslissingen van DUO op vrijstelling (#11) en ontheffing (#12) van een inburgeraar",
            description = "Elke beslissing, toegekend of afgewezen, de oudste eerst: beslissing (VRIJSTELLING, "
                    + "ONTHEFFING), soort, oordeel, grond (de reden van een vrijstelling, MED of BIO bij een "
                    + "ontheffing), datumOordeel, bij een tijdelijke vrijstelling start- en einddatum, bij een "
                    + "gedeeltelijke de onderdelen.")
    Beslissingen beslissingen(@PathVariable UUID id) {
        return new Beslissingen(raadplegen.beslissingen(gemeentecode(), id));
    }

    @PostMapping("/bio-adviezen")
    @Operation(summary = "Leg het advies van de gemeente op een BIO-verzoek vast (seed §11.3)",
            description = "advies POSITIEF of NEGATIEF, een motivering (hoogstens 2000 tekens) en de datum (niet in de "
                    + "toekomst); 400 met elk probleem.")
    @ApiResponse(responseCode = "201", description = "Het advies is vastgelegd")
    ResponseEntity<BioAdviesView> bioAdvies(@PathVariable UUID id, @RequestBody BioAdviesRequest request) {
        BioAdviesView advies = vastleggen.handle(gemeentecode(), id, request == null ? null : request.advies(),
                request == null ? null : request.motivering(), request == null ? null : request.datum());
        return ResponseEntity.created(URI.create("/api/v1/inburgeraars/" + id + "/bio-adviezen")).body(advies);
    }

    @GetMapping("/bio-adviezen")
    @Operation(summary = "De adviezen van de gemeente op BIO-verzoeken van een inburgeraar, de oudste eerst")
    BioAdviezen bioAdviezen(@PathVariable UUID id) {
        return new BioAdviezen(raadplegen.bioAdviezen(gemeentecode(), id));
    }

    private static String gemeentecode() {
        return KetenGebruiker.huidig().vereisGemeentecode();
    }

    /**
     * @param advies     POSITIEF or NEGATIEF
     * @param motivering why, at most 2000 characters
     * @param datum      the day of the advies, not in the future
     */
    record BioAdviesRequest(String advies, String motivering, LocalDate datum) {
    }

    record Beslissingen(List<BeslissingView> beslissingen) {
    }

    record BioAdviezen(List<BioAdviesView> adviezen) {
    }
}
