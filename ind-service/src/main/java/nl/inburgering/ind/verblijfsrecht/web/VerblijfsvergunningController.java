package nl.inburgering.ind.verblijfsrecht.web;

import java.time.LocalDate;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import nl.inburgering.ind.verblijfsrecht.application.VerblijfsvergunningRegistreren;
import nl.inburgering.ind.verblijfsrecht.application.VerblijfsvergunningRegistrerenHandler;
import nl.inburgering.ind.verblijfsrecht.domain.Verblijfsdoel;
import nl.inburgering.ind.verblijfsrecht.domain.Verblijfsvergunning;
import nl.inburgering.platform.bsn.Bsn;
import nl.inburgering.platform.security.Rol;
import nl.inburgering.platform.web.Datumbereik;
import nl.inburgering.platform.security.Toegang;
import nl.inburgering.platform.validatie.GeldigBsn;

@RestController
@Toegang(Rol.IND_MEDEWERKER)
@RequestMapping("/api/v1/verblijfsvergunningen")
@Tag(name = "Verblijfsvergunningen")
class VerblijfsvergunningController {

    private final VerblijfsvergunningRegistrerenHandler handler;

    VerblijfsvergunningController(VerblijfsvergunningRegistrerenHandler handler) {
        this.handler = handler;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Registreer een verleend verblijfsrecht",
            description = "Zodra ook de BRP-inschrijving bekend is, levert IND de Verblijfsdoelen (#1) aan DUO.")
    VerblijfsvergunningResponse registreer(@Valid @RequestBody VerblijfsvergunningRequest request) {
        handler.handle(new VerblijfsvergunningRegistreren(new Verblijfsvergunning(request.vNummer(), Bsn.of(request.bsn()),
                request.geboortedatum(), request.nationaliteit(), request.verblijfsdoel(),
                Boolean.TRUE.equals(request.referentIsAsielstatushouder()), request.ingangsdatum(),
                request.opvangInCoaLocatie())));
        return new VerblijfsvergunningResponse(request.vNummer(), request.verblijfsdoel(), request.ingangsdatum());
    }

    /**
     * @param opvangInCoaLocatie only for ASIEL, optional: {@code false} when the asielstatushouder never lived in a
     *                           COA location (IND knows the opvang from the vreemdelingenketen); absent = unknown
     */
    @OpvangAlleenBijAsiel
    record VerblijfsvergunningRequest(
            @NotNull @Pattern(regexp = "\\d{10}", message = "moet een V-nummer van 10 cijfers zijn") String vNummer,
            @NotNull @GeldigBsn String bsn,
            @NotNull @Past @Datumbereik(vanaf = Datumbereik.GEBOORTE, dagenVooruit = Datumbereik.ONBEGRENSD) LocalDate geboortedatum,
            @NotNull @Pattern(regexp = "[A-Z]{2}", message = "moet een ISO 3166-1 alpha-2 landcode zijn") String nationaliteit,
            @NotNull Verblijfsdoel verblijfsdoel,
            Boolean referentIsAsielstatushouder,
            @NotNull @Datumbereik(vanaf = Datumbereik.GEBOORTE, dagenVooruit = 366) LocalDate ingangsdatum,
            Boolean opvangInCoaLocatie) {
    }

    record VerblijfsvergunningResponse(String vNummer, Verblijfsdoel verblijfsdoel, LocalDate ingangsdatum) {
    }
}
