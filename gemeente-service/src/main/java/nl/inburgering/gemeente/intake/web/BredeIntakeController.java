package nl.inburgering.gemeente.intake.web;

import static nl.inburgering.gemeente.intake.application.BredeIntakeRaadplegen.DATUM_TIJD;
import static nl.inburgering.gemeente.intake.application.BredeIntakeRaadplegen.DATUM_TIJD_OMSCHRIJVING;

import java.math.BigDecimal;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.inburgering.gemeente.intake.application.BoeteOpleggen;
import nl.inburgering.gemeente.intake.application.BoeteOpleggenHandler;
import nl.inburgering.gemeente.intake.application.BredeIntakeRaadplegen;
import nl.inburgering.gemeente.intake.application.BredeIntakeRaadplegen.Afspraak;
import nl.inburgering.gemeente.intake.application.BredeIntakeRaadplegen.BredeIntake;
import nl.inburgering.gemeente.intake.application.BredeIntakeRaadplegen.Oproep;
import nl.inburgering.gemeente.intake.application.BredeIntakeRaadplegen.Oproepen;
import nl.inburgering.gemeente.intake.application.LeerbaarheidstoetsInplannen;
import nl.inburgering.gemeente.intake.application.LeerbaarheidstoetsInplannenHandler;
import nl.inburgering.gemeente.intake.application.OpkomstVastleggen;
import nl.inburgering.gemeente.intake.application.OpkomstVastleggenHandler;
import nl.inburgering.gemeente.intake.application.OproepVersturen;
import nl.inburgering.gemeente.intake.application.OproepVersturenHandler;
import nl.inburgering.gemeente.intake.application.VerloopVerklaren;
import nl.inburgering.gemeente.intake.application.VerloopVerklarenHandler;
import nl.inburgering.gemeente.intake.domain.BredeIntakeGrenzen;
import nl.inburgering.platform.security.KetenGebruiker;
import nl.inburgering.platform.security.Rol;
import nl.inburgering.platform.security.Toegang;
import nl.inburgering.platform.web.Paginering;

/**
 * Seed §4.2 and §9.2 for the caseworker (and the toetsbegeleider, a gemeente employee with the same role): oproepen
 * for the brede intake and their opkomst, planning the leerbaarheidstoets DUO set ready and declaring its verloop,
 * and the handhaving op inspanning that follows three no-shows. Own gemeente only: another gemeente's inburgeraar
 * answers 404 like one that does not exist.
 */
@RestController
@Toegang(Rol.GEMEENTE_KLANTMANAGER)
@RequestMapping("/api/v1/inburgeraars/{id}")
@Tag(name = "Brede intake")
class BredeIntakeController {

    private final OproepVersturenHandler oproepen;
    private final OpkomstVastleggenHandler opkomst;
    private final LeerbaarheidstoetsInplannenHandler inplannen;
    private final VerloopVerklarenHandler verloop;
    private final BoeteOpleggenHandler boetes;
    private final BredeIntakeRaadplegen raadplegen;

    BredeIntakeController(OproepVersturenHandler oproepen, OpkomstVastleggenHandler opkomst,
            LeerbaarheidstoetsInplannenHandler inplannen, VerloopVerklarenHandler verloop,
            BoeteOpleggenHandler boetes, BredeIntakeRaadplegen raadplegen) {
        this.oproepen = oproepen;
        this.opkomst = opkomst;
        this.inplannen = inplannen;
        this.verloop = verloop;
        this.boetes = boetes;
        this.raadplegen = raadplegen;
    }

    @GetMapping("/brede-intake")
    @Operation(summary = "De brede intake van een inburgeraar",
            description = "De laatste " + BredeIntakeGrenzen.GETOONDE_OPROEPEN + " oproepen met opkomst (alle "
                    + "oproepen per pagina onder /brede-intake/oproepen), de leerbaarheidstoets (klaargezet door DUO, afspraken met verloop, "
                    + "uitkomst van DUO), het aantal keer niet verschenen, de handhaving op inspanning (waarschuwing, "
                    + "boete) en of de gemeente het PIP eenzijdig mag vaststellen.")
    BredeIntake bredeIntake(@PathVariable UUID id) {
        return raadplegen.raadpleeg(gemeentecode(), id);
    }

    @GetMapping("/brede-intake/oproepen")
    @Operation(summary = "Alle oproepen van de brede intake, per pagina, oudste eerst",
            description = "De brede intake zelf toont alleen de laatste " + BredeIntakeGrenzen.GETOONDE_OPROEPEN
                    + " oproepen en het aantal (aantalOproepen).")
    Oproepen oproepen(@PathVariable UUID id,
            @RequestParam(defaultValue = "1") @Min(1) @Max(Paginering.MAXIMALE_PAGINA) int pagina,
            @RequestParam(defaultValue = "20") @Min(1) @Max(Paginering.MAXIMALE_PAGINAGROOTTE) int paginaGrootte) {
        return raadplegen.oproepen(gemeentecode(), id, pagina, paginaGrootte);
    }

    @PostMapping("/brede-intake/oproepen")
    @Operation(summary = "Roep de inburgeraar op voor de brede intake",
            description = "Onderwerp INTAKEGESPREK, VERVOLGGESPREK, PIP_GESPREK of OVERIG. Kan alleen zolang het PIP "
                    + "niet is vastgesteld, met hoogstens " + BredeIntakeGrenzen.MAXIMAAL_OPEN_OPROEPEN + " oproepen "
                    + "zonder vastgelegde opkomst tegelijk en hoogstens " + BredeIntakeGrenzen.MAXIMAAL_OPROEPEN
                    + " in de hele brede intake (anders 409).")
    @ApiResponse(responseCode = "201", description = "De oproep is vastgelegd")
    @ApiResponse(responseCode = "409", description = "Het PIP is al vastgesteld, of een maximum is bereikt")
    ResponseEntity<Oproep> roepOp(@PathVariable UUID id, @RequestBody OproepRequest request) {
        Oproep oproep = oproepen.handle(new OproepVersturen(gemeentecode(), id, request.datum(), request.locatie(),
                request.onderwerp()));
        return ResponseEntity.created(URI.create("/api/v1/inburgeraars/" + id + "/brede-intake/oproepen/"
                + oproep.id())).body(oproep);
    }

    @GetMapping("/brede-intake/oproepen/{oproepId}")
    @Operation(summary = "Een oproep voor de brede intake, met de opkomst als die is vastgelegd")
    Oproep oproep(@PathVariable UUID id, @PathVariable UUID oproepId) {
        return raadplegen.oproep(gemeentecode(), id, oproepId);
    }

    @PostMapping("/brede-intake/oproepen/{oproepId}/opkomst")
    @Operation(summary = "Leg vast of de inburgeraar op de oproep verscheen",
            description = "Niet verschijnen telt mee voor de handhaving op inspanning (oproepen en ingeplande "
                    + "leerbaarheidstoetsen samen): de eerste en tweede keer geven een waarschuwing; vanaf de derde "
                    + "keer kan de gemeente een boete opleggen en het PIP eenzijdig vaststellen. Een tweede keer "
                    + "vastleggen geeft 409.")
    @ApiResponse(responseCode = "200", description = "De opkomst is vastgelegd; de bijgewerkte brede intake")
    @ApiResponse(responseCode = "409", description = "De opkomst van deze oproep is al vastgelegd")
    BredeIntake opkomst(@PathVariable UUID id, @PathVariable UUID oproepId, @RequestBody OpkomstRequest request) {
        return opkomst.handle(new OpkomstVastleggen(gemeentecode(), id, oproepId, request.verschenen(),
                request.toelichting()));
    }

    @PostMapping("/leerbaarheidstoets/afspraken")
    @Operation(summary = "Plan de leerbaarheidstoets die DUO klaarzette",
            description = "Alleen een klaargezette toets die nog niet is afgenomen, één open afspraak tegelijk en "
                    + "hoogstens " + BredeIntakeGrenzen.MAXIMAAL_AFSPRAKEN + " afspraken in totaal (anders 409).")
    @ApiResponse(responseCode = "201", description = "De afspraak is vastgelegd")
    @ApiResponse(responseCode = "409", description = "Geen toets klaargezet, al afgenomen, of al een open afspraak")
    ResponseEntity<Afspraak> plan(@PathVariable UUID id, @RequestBody AfspraakRequest request) {
        Afspraak afspraak = inplannen.handle(new LeerbaarheidstoetsInplannen(gemeentecode(), id, request.datum(),
                request.locatie(), request.toetsbegeleider()));
        return ResponseEntity.created(URI.create("/api/v1/inburgeraars/" + id + "/leerbaarheidstoets/afspraken/"
                + afspraak.id())).body(afspraak);
    }

    @GetMapping("/leerbaarheidstoets/afspraken/{afspraakId}")
    @Operation(summary = "Een afspraak voor de leerbaarheidstoets, met het verloop als dat is vastgelegd")
    Afspraak afspraak(@PathVariable UUID id, @PathVariable UUID afspraakId) {
        return raadplegen.afspraak(gemeentecode(), id, afspraakId);
    }

    @PostMapping("/leerbaarheidstoets/afspraken/{afspraakId}/verloop")
    @Operation(summary = "Verklaar het verloop van de leerbaarheidstoets (toetsbegeleider)",
            description = "Verschenen: ordentelijkVerloop is verplicht, en bij false (negatieve verklaring) ook de "
                    + "toelichting; de verklaring gaat naar DUO (topic gemeente.verloop-leerbaarheidstoets.v1). Niet "
                    + "verschenen: telt als niet verschijnen bij de brede intake, DUO krijgt niets. Een tweede keer "
                    + "verklaren geeft 409.")
    @ApiResponse(responseCode = "200", description = "Het verloop is vastgelegd; de bijgewerkte brede intake")
    @ApiResponse(responseCode = "409", description = "Het verloop van deze afspraak is al vastgelegd")
    BredeIntake verloop(@PathVariable UUID id, @PathVariable UUID afspraakId, @RequestBody VerloopRequest request) {
        return verloop.handle(new VerloopVerklaren(gemeentecode(), id, afspraakId, request.verschenen(),
                request.ordentelijkVerloop(), request.toelichting()));
    }

    @PostMapping("/brede-intake/boetes")
    @Operation(summary = "Leg een boete op voor niet meewerken aan de brede intake",
            description = "Handhaving op inspanning (seed §9.2): na drie keer niet verschijnen (oproepen en "
                    + "ingeplande leerbaarheidstoetsen samen) kan de gemeente een boete opleggen, één per keer niet "
                    + "verschijnen vanaf de derde (anders 409). Zonder bedrag geldt het gebruikelijke bedrag van de "
                    + "gemeente; nooit boven het maximum (400). De boete blijft bij de gemeente en gaat niet naar DUO.")
    @ApiResponse(responseCode = "201", description = "De boete is opgelegd; de bijgewerkte brede intake")
    @ApiResponse(responseCode = "409", description = "Nog geen (nieuwe) grond voor een boete")
    ResponseEntity<BredeIntake> boete(@PathVariable UUID id, @RequestBody(required = false) BoeteRequest request) {
        BredeIntake bredeIntake = boetes.handle(new BoeteOpleggen(gemeentecode(), id,
                request == null ? null : request.bedrag()));
        return ResponseEntity.created(URI.create("/api/v1/inburgeraars/" + id + "/brede-intake")).body(bredeIntake);
    }

    private static String gemeentecode() {
        return KetenGebruiker.huidig().vereisGemeentecode();
    }

    /** Every field is checked by the brede intake's rules, all problems at once. */
    record OproepRequest(
            @Schema(implementation = String.class, format = DATUM_TIJD, description = DATUM_TIJD_OMSCHRIJVING)
            OffsetDateTime datum, String locatie, String onderwerp) {
    }

    record OpkomstRequest(Boolean verschenen, String toelichting) {
    }

    record AfspraakRequest(
            @Schema(implementation = String.class, format = DATUM_TIJD, description = DATUM_TIJD_OMSCHRIJVING)
            OffsetDateTime datum, String locatie, String toetsbegeleider) {
    }

    record VerloopRequest(Boolean verschenen, Boolean ordentelijkVerloop, String toelichting) {
    }

    /** @param bedrag in euro's; null for the gemeente's usual amount */
    record BoeteRequest(BigDecimal bedrag) {
    }
}
