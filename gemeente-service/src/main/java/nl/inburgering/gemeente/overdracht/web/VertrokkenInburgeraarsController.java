package nl.inburgering.gemeente.overdracht.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.inburgering.gemeente.overdracht.application.VertrokkenRaadplegen;
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

    VertrokkenInburgeraarsController(VertrokkenRaadplegen raadplegen) {
        this.raadplegen = raadplegen;
    }

    @GetMapping
    @Operation(summary = "De inburgeraars die naar een andere gemeente vertrokken (SS122), nieuwste verhuizing eerst",
            description = "Per vertrek: de nieuwe gemeente, de datum van de verhuizing, tot wanneer de gemeente nog "
                    + "inspanning en resultaten doorgeeft (actualiserenUiterlijk: 10 werkdagen na de verhuizing, seed "
                    + "§14.2.1), het verzoek om overdracht van de nieuwe gemeente (#19) met leverenUiterlijk (1 maand "
                    + "na het verzoek, §14.3), en het signaal: GEGEVENS_ACTUALISEREN, OVERDRACHT_LEVEREN of null.")
    VertrokkenInburgeraars lijst() {
        String gemeentecode = KetenGebruiker.huidig().vereisGemeentecode();
        return new VertrokkenInburgeraars(raadplegen.lijst(gemeentecode).stream()
                .map(v -> new VertrokkenInburgeraar(v.id(), v.bsn().value(), v.gemeentecodeNieuw(),
                        v.datumVerhuizing(), v.actualiserenUiterlijk(), v.datumVerzoek(), v.leverenUiterlijk(),
                        v.geleverdOp(), v.contactpersoon(), v.signaal() == null ? null : v.signaal().name()))
                .toList());
    }

    record VertrokkenInburgeraars(List<VertrokkenInburgeraar> vertrokkenInburgeraars) {
    }

    /**
     * @param signaal GEGEVENS_ACTUALISEREN, OVERDRACHT_LEVEREN or null (nothing left to do)
     */
    record VertrokkenInburgeraar(UUID id, String bsn, String gemeentecodeNieuw, LocalDate datumVerhuizing,
            LocalDate actualiserenUiterlijk, LocalDate datumVerzoek, LocalDate leverenUiterlijk, Instant geleverdOp,
            String contactpersoon, String signaal) {
    }
}
