package nl.inburgering.gemeente.overdracht.web;

import java.net.URI;
import java.time.Instant;
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
import nl.inburgering.gemeente.overdracht.application.OverdrachtLeveren;
import nl.inburgering.gemeente.overdracht.application.OverdrachtLeverenHandler;
import nl.inburgering.gemeente.overdracht.application.VertrokkenRaadplegen;
import nl.inburgering.gemeente.overdracht.domain.Levering;
import nl.inburgering.platform.security.KetenGebruiker;
import nl.inburgering.platform.security.Rol;
import nl.inburgering.platform.security.Toegang;

/** The old gemeente's departure list (SS122) and the overdrachten it owes (#19); only its own. */
@RestController
@Toegang(Rol.GEMEENTE_KLANTMANAGER)
@RequestMapping("/api/v1/vertrokken-inburgeraars")
@Tag(name = "Verhuizing en overdracht")
class VertrokkenInburgeraarsController {

    private final VertrokkenRaadplegen raadplegen;
    private final OverdrachtLeverenHandler leveren;

    VertrokkenInburgeraarsController(VertrokkenRaadplegen raadplegen, OverdrachtLeverenHandler leveren) {
        this.raadplegen = raadplegen;
        this.leveren = leveren;
    }

    @GetMapping
    @Operation(summary = "De inburgeraars die naar een andere gemeente vertrokken (SS122), nieuwste verhuizing eerst",
            description = "Per vertrek: de nieuwe gemeente, de datum van de verhuizing, tot wanneer de gemeente nog "
                    + "inspanning en resultaten doorgeeft (actualiserenUiterlijk: 10 werkdagen na de verhuizing, seed "
                    + "§14.2.1), het verzoek om overdracht van de nieuwe gemeente (#19) met leverenUiterlijk (1 maand "
                    + "na het verzoek, §14.3), en de signalen naast elkaar zolang elk geldt: GEGEVENS_ACTUALISEREN (tot en met "
                    + "actualiserenUiterlijk, ook na de levering) en OVERDRACHT_LEVEREN (gevraagd, niet geleverd). "
                    + "signaal is het ene signaal van voorheen: OVERDRACHT_LEVEREN zolang verschuldigd, anders "
                    + "GEGEVENS_ACTUALISEREN, anders null.")
    VertrokkenInburgeraars lijst() {
        String gemeentecode = KetenGebruiker.huidig().vereisGemeentecode();
        return new VertrokkenInburgeraars(raadplegen.lijst(gemeentecode).stream()
                .map(VertrokkenInburgeraarsController::alsDto).toList());
    }

    @PostMapping("/{id}/overdracht")
    @Operation(summary = "Lever de overdracht van een vertrokken inburgeraar aan de nieuwe gemeente (#19, seed §13.2)",
            description = "De dienst stelt InburgeraarOvergedragen samen uit de eigen gegevens van de gemeente: het "
                    + "laatste PIP en inburgeringsaanbod, de actuele inspanning per instelling, wat zij van de brede "
                    + "intake vastlegde, elke boete op inspanning die zij oplegde (datum, bedrag, reden), en de "
                    + "doelgroep; de klantmanager geeft de contactpersoon en of de "
                    + "maatschappelijke begeleiding is afgerond. 400 met elk probleem; 404 voor een vertrek van een "
                    + "andere gemeente; 409 zolang de nieuwe gemeente niet vroeg (OVERDRACHT_NIET_GEVRAAGD) of als de "
                    + "overdracht al geleverd is (OVERDRACHT_AL_GELEVERD).")
    @ApiResponse(responseCode = "201", description = "De overdracht is geleverd; het vertrek")
    @ApiResponse(responseCode = "409", description = "Niet gevraagd of al geleverd (de regel staat in detail)")
    ResponseEntity<VertrokkenInburgeraar> lever(@PathVariable UUID id, @RequestBody LeveringRequest request) {
        String gemeentecode = KetenGebruiker.huidig().vereisGemeentecode();
        Levering levering = request == null ? new Levering(null, null)
                : new Levering(request.contactpersoon(), request.maatschappelijkeBegeleidingAfgerond());
        return ResponseEntity.created(URI.create("/api/v1/vertrokken-inburgeraars/" + id + "/overdracht"))
                .body(alsDto(leveren.handle(new OverdrachtLeveren(gemeentecode, id, levering))));
    }

    private static VertrokkenInburgeraar alsDto(VertrokkenRaadplegen.Vertrokken v) {
        return new VertrokkenInburgeraar(v.id(), v.bsn().value(), v.gemeentecodeNieuw(), v.datumVerhuizing(),
                v.actualiserenUiterlijk(), v.datumVerzoek(), v.leverenUiterlijk(), v.geleverdOp(), v.contactpersoon(),
                v.signalen().stream().map(Enum::name).toList(), v.signaal() == null ? null : v.signaal().name());
    }

    /**
     * @param contactpersoon                      name and e-mailadres of the regisseur for further questions
     * @param maatschappelijkeBegeleidingAfgerond whether the maatschappelijke begeleiding here is afgerond
     */
    record LeveringRequest(String contactpersoon, Boolean maatschappelijkeBegeleidingAfgerond) {
    }

    record VertrokkenInburgeraars(List<VertrokkenInburgeraar> vertrokkenInburgeraars) {
    }

    /**
     * @param signalen GEGEVENS_ACTUALISEREN and OVERDRACHT_LEVEREN side by side while each holds; empty when nothing
     * @param signaal  the single signal of before (OVERDRACHT_LEVEREN while owed, else GEGEVENS_ACTUALISEREN, or null)
     */
    record VertrokkenInburgeraar(UUID id, String bsn, String gemeentecodeNieuw, LocalDate datumVerhuizing,
            LocalDate actualiserenUiterlijk, LocalDate datumVerzoek, LocalDate leverenUiterlijk, Instant geleverdOp,
            String contactpersoon, List<String> signalen, String signaal) {
    }
}
