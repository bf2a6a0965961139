package nl.inburgering.gemeente.doelgroepkeuze.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.inburgering.gemeente.doelgroepkeuze.application.DoelgroepkeuzeDoorgeven;
import nl.inburgering.gemeente.doelgroepkeuze.application.DoelgroepkeuzeDoorgevenHandler;
import nl.inburgering.gemeente.doelgroepkeuze.domain.Doelgroepkeuze;
import nl.inburgering.gemeente.doelgroepkeuze.domain.DoelgroepkeuzePolicy;
import nl.inburgering.platform.security.KetenGebruiker;
import nl.inburgering.platform.security.Rol;
import nl.inburgering.platform.security.Toegang;

/**
 * Seed §13.4 for the caseworker: the keuze after a doelgroepwijziging, passed on to DUO (#16). Own gemeente only;
 * another gemeente's person answers 404 like an unknown one.
 */
@RestController
@Toegang(Rol.GEMEENTE_KLANTMANAGER)
@RequestMapping("/api/v1/inburgeraars/{id}")
@Tag(name = "Doelgroepkeuze")
class DoelgroepkeuzeController {

    private final DoelgroepkeuzeDoorgevenHandler handler;

    DoelgroepkeuzeController(DoelgroepkeuzeDoorgevenHandler handler) {
        this.handler = handler;
    }

    @PostMapping("/doelgroepkeuze")
    @Operation(summary = "De keuze na een doelgroepwijziging aan DUO doorgeven (#16)",
            description = "Na een wijziging van doelgroep (asielstatushouder naar gezins- of overige migrant of "
                    + "andersom) ondertekenen gemeente en inburgeraar het keuzeformulier; de gemeente geeft de keuze "
                    + "binnen 10 weken na de datum van de wijziging door. DUO bevestigt met #3 gewijzigd "
                    + "(DOELGROEPKEUZE_BEVESTIGD) als de keuze bij de richting van de wijziging past. Een datum in de "
                    + "toekomst, een ondertekening vóór de wijziging of een verstreken termijn geeft 400 met elk "
                    + "probleem; dezelfde keuze nogmaals verandert niets (200).")
    @ApiResponse(responseCode = "201", description = "Keuze doorgegeven")
    @ApiResponse(responseCode = "200", description = "Deze keuze was al doorgegeven")
    ResponseEntity<KeuzeAntwoord> doorgeven(@PathVariable UUID id, @RequestBody KeuzeVerzoek verzoek) {
        var doorgegeven = handler.handle(new DoelgroepkeuzeDoorgeven(KetenGebruiker.huidig().vereisGemeentecode(), id,
                new DoelgroepkeuzePolicy.Invoer(verzoek.datumWijzigingDoelgroep(), verzoek.keuze(),
                        verzoek.datumOndertekening())));
        KeuzeAntwoord antwoord = new KeuzeAntwoord(doorgegeven.datumWijzigingDoelgroep(), doorgegeven.keuze(),
                doorgegeven.datumOndertekening(), doorgegeven.doorgegevenOp().toString());
        return doorgegeven.nieuw()
                ? ResponseEntity.created(URI.create("/api/v1/inburgeraars/" + id + "/doelgroepkeuze")).body(antwoord)
                : ResponseEntity.ok(antwoord);
    }

    /**
     * @param keuze DUO's AsielrechtenWijzigingVerblijfsdoel: ASIELRECHTEN_TOEGEKEND or
     *              OP_VERZOEK_BEHOUD_RECHTEN_GEZINS_EN_OVERIGE_MIGRANT for one who became asielstatushouder,
     *              BEHOUD_ASIELRECHTEN or OP_VERZOEK_RECHTEN_GEZINS_EN_OVERIGE_MIGRANT_TOEGEKEND for one who stopped
     *              being one
     */
    record KeuzeVerzoek(LocalDate datumWijzigingDoelgroep, Doelgroepkeuze keuze, LocalDate datumOndertekening) {
    }

    record KeuzeAntwoord(LocalDate datumWijzigingDoelgroep, Doelgroepkeuze keuze, LocalDate datumOndertekening,
            String doorgegevenOp) {
    }
}
