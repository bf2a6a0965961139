package nl.inburgering.gemeente.inspanning.web;

import java.math.BigDecimal;
import java.net.URI;
import java.util.Arrays;
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
import nl.inburgering.gemeente.inspanning.api.InspanningBijwerken.Aanleiding;
import nl.inburgering.gemeente.inspanning.application.InspanningBijwerkenHandler;
import nl.inburgering.gemeente.inspanning.application.InspanningRaadplegen;
import nl.inburgering.gemeente.inspanning.application.InspanningRaadplegen.InspanningVanInburgeraar;
import nl.inburgering.gemeente.inspanning.application.VerzuimHandhaving;
import nl.inburgering.platform.security.KetenGebruiker;
import nl.inburgering.platform.security.Rol;
import nl.inburgering.platform.security.Toegang;
import nl.inburgering.platform.web.OngeldigeInvoerException;

/**
 * Seed §5.3, §9.2 and §15.5 for the caseworker: the inspanning the instellingen reported of an asielstatushouder (and
 * forwarded to DUO), bringing it up to date at DUO once more, and the handhaving op inspanning on ongeoorloofd
 * verzuim. Own gemeente only: another gemeente's inburgeraar answers 404 like one that does not exist.
 */
@RestController
@Toegang(Rol.GEMEENTE_KLANTMANAGER)
@RequestMapping("/api/v1/inburgeraars/{id}/inspanning")
@Tag(name = "Inspanning")
class InspanningController {

    private final InspanningRaadplegen raadplegen;
    private final InspanningBijwerkenHandler bijwerken;
    private final VerzuimHandhaving handhaving;

    InspanningController(InspanningRaadplegen raadplegen, InspanningBijwerkenHandler bijwerken,
            VerzuimHandhaving handhaving) {
        this.raadplegen = raadplegen;
        this.bijwerken = bijwerken;
        this.handhaving = handhaving;
    }

    @GetMapping
    @Operation(summary = "De inspanning van een inburgeraar bij zijn instellingen en de handhaving op verzuim",
            description = "Per instelling de actuele stand (#18) met wanneer de gemeente die aan DUO doorgaf, het "
                    + "ongeoorloofd verzuim, het signaal (ONGEOORLOOFD_VERZUIM: nog niet gewaarschuwd; GEWAARSCHUWD: "
                    + "een boete kan) en of een waarschuwing of boete nu kan; en elke opgelegde maatregel.")
    InspanningVanInburgeraar inspanning(@PathVariable UUID id) {
        return raadplegen.raadpleeg(gemeentecode(), id);
    }

    @PostMapping("/_bijwerken")
    @Operation(summary = "Geef de laatst bekende inspanning opnieuw aan DUO door (eerst #18 bijwerken, seed §5.3)",
            description = "Per instelling de stand met de nieuwste peildatum, met de aanleiding als actualisatiemoment "
                    + "(WIJZIGING_LEERROUTE, WIJZIGING_DOELGROEP, VERHUIZING_BINNENLAND, VERTREK_BUITENLAND, "
                    + "EINDE_INBURGERINGSTERMIJN, TIJDELIJKE_VRIJSTELLING, TUSSENTIJDS). 409 zolang geen instelling "
                    + "een inspanning meldde.")
    @ApiResponse(responseCode = "200", description = "Doorgegeven; de bijgewerkte inspanning")
    @ApiResponse(responseCode = "409", description = "Er is geen inspanning bekend om door te geven")
    InspanningVanInburgeraar bijwerken(@PathVariable UUID id, @RequestBody BijwerkenRequest request) {
        bijwerken.handle(gemeentecode(), id, aanleiding(request == null ? null : request.aanleiding()));
        return raadplegen.raadpleeg(gemeentecode(), id);
    }

    @PostMapping("/waarschuwingen")
    @Operation(summary = "Waarschuw de inburgeraar voor ongeoorloofd verzuim bij een instelling (seed §9.2)",
            description = "Alleen bij ongeoorloofd verzuim dat de instelling meldde en waarvoor nog niet is "
                    + "gewaarschuwd (anders 409 met de regel). Blijft bij de gemeente, gaat niet naar DUO.")
    @ApiResponse(responseCode = "201", description = "De waarschuwing is vastgelegd; de bijgewerkte inspanning")
    @ApiResponse(responseCode = "409", description = "Een waarschuwing kan nu niet (de regel staat in detail)")
    ResponseEntity<InspanningVanInburgeraar> waarschuw(@PathVariable UUID id,
            @RequestBody WaarschuwingRequest request) {
        InspanningVanInburgeraar inspanning = handhaving.waarschuw(new VerzuimHandhaving.Verzoek(gemeentecode(), id,
                request.instellingsnummer(), null, request.toelichting()));
        return ResponseEntity.created(URI.create("/api/v1/inburgeraars/" + id + "/inspanning")).body(inspanning);
    }

    @PostMapping("/boetes")
    @Operation(summary = "Leg een boete op voor ongeoorloofd verzuim bij een instelling (seed §9.2)",
            description = "Alleen na een waarschuwing voor hetzelfde verzuim, één boete per waarschuwing (anders 409 "
                    + "met de regel). Zonder bedrag geldt het gebruikelijke bedrag van de gemeente; nooit boven het "
                    + "wettelijk maximum (400). De boete blijft bij de gemeente en gaat niet naar DUO.")
    @ApiResponse(responseCode = "201", description = "De boete is opgelegd; de bijgewerkte inspanning")
    @ApiResponse(responseCode = "409", description = "Een boete kan nu niet (de regel staat in detail)")
    ResponseEntity<InspanningVanInburgeraar> beboet(@PathVariable UUID id, @RequestBody BoeteRequest request) {
        InspanningVanInburgeraar inspanning = handhaving.beboet(new VerzuimHandhaving.Verzoek(gemeentecode(), id,
                request.instellingsnummer(), request.bedrag(), request.toelichting()));
        return ResponseEntity.created(URI.create("/api/v1/inburgeraars/" + id + "/inspanning")).body(inspanning);
    }

    private static Aanleiding aanleiding(String waarde) {
        try {
            return Aanleiding.valueOf(waarde == null ? "" : waarde);
        } catch (IllegalArgumentException onbekend) {
            throw new OngeldigeInvoerException("aanleiding", "waarde", "De aanleiding is een van "
                    + Arrays.toString(Aanleiding.values()) + ".");
        }
    }

    private static String gemeentecode() {
        return KetenGebruiker.huidig().vereisGemeentecode();
    }

    /** @param aanleiding why #18 is brought up to date now, e.g. WIJZIGING_LEERROUTE */
    record BijwerkenRequest(String aanleiding) {
    }

    /** @param instellingsnummer the instelling whose ongeoorloofd verzuim it is about */
    record WaarschuwingRequest(String instellingsnummer, String toelichting) {
    }

    /** @param bedrag in euro's; null for the gemeente's usual amount */
    record BoeteRequest(String instellingsnummer, BigDecimal bedrag, String toelichting) {
    }
}
