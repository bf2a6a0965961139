package nl.inburgering.instelling.examen.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.inburgering.instelling.cursist.api.HuidigeInstelling;
import nl.inburgering.instelling.examen.application.ExamenresultatenRaadplegen;
import nl.inburgering.instelling.examen.domain.Examenresultaat;
import nl.inburgering.platform.security.Rol;
import nl.inburgering.platform.security.Toegang;

/** Seed §5.2, §6.2: the instelling sees the examenresultaten of its own cursisten (#13 from DUO). */
@RestController
@Toegang(Rol.INSTELLING_MEDEWERKER)
@Tag(name = "Examenresultaten")
class ExamenresultaatController {

    private final ExamenresultatenRaadplegen raadplegen;
    private final HuidigeInstelling instelling;

    ExamenresultaatController(ExamenresultatenRaadplegen raadplegen, HuidigeInstelling instelling) {
        this.raadplegen = raadplegen;
        this.instelling = instelling;
    }

    @GetMapping("/api/v1/cursisten/{id}/examenresultaten")
    @Operation(summary = "De examenresultaten die DUO deelde van een cursist van de eigen instelling, laatste examen eerst",
            description = "Een cursist van een andere instelling geeft 404, net als een die niet bestaat.")
    Examenresultaten examenresultaten(@PathVariable UUID id) {
        return new Examenresultaten(raadplegen.van(instelling.instellingsnummer(), id).stream()
                .map(ExamenresultaatController::alsDto).toList());
    }

    private static ExamenresultaatDto alsDto(Examenresultaat r) {
        return new ExamenresultaatDto(r.onderdeel().name(), r.niveau().name(), r.examendatum(), r.uitslag().name(),
                r.redenGeenResultaat(), r.datumDefinitieveUitslag(), r.aanleiding());
    }

    record ExamenresultaatDto(String onderdeel, String niveau, LocalDate examendatum, String uitslag,
            String redenGeenResultaat, LocalDate datumDefinitieveUitslag, String aanleiding) {
    }

    record Examenresultaten(List<ExamenresultaatDto> examenresultaten) {
    }
}
