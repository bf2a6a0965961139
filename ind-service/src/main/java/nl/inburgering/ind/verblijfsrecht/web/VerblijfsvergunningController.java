package nl.inburgering.ind.verblijfsrecht.web;

import java.time.LocalDate;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import nl.inburgering.ind.verblijfsrecht.application.VerblijfsrechtWijzigen;
import nl.inburgering.ind.verblijfsrecht.application.VerblijfsrechtWijzigenHandler;
import nl.inburgering.ind.verblijfsrecht.application.VerblijfsvergunningRegistreren;
import nl.inburgering.ind.verblijfsrecht.application.VerblijfsvergunningRegistrerenHandler;
import nl.inburgering.ind.verblijfsrecht.domain.SoortWijziging;
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
    private final VerblijfsrechtWijzigenHandler wijzigen;

    VerblijfsvergunningController(VerblijfsvergunningRegistrerenHandler handler, VerblijfsrechtWijzigenHandler wijzigen) {
        this.handler = handler;
        this.wijzigen = wijzigen;
    }

    @PostMapping
    @Operation(summary = "Registreer een verleend verblijfsrecht",
            description = "Zodra ook de BRP-inschrijving bekend is, levert IND de Verblijfsdoelen (#1) aan DUO. "
                    + "Dezelfde vergunning (V-nummer en persoon) met een ander verblijfsdoel is een wijziging van "
                    + "verblijfsrecht (#2 aan DUO, 200); dezelfde registratie nogmaals verandert niets (200).")
    @ApiResponse(responseCode = "201", description = "Verblijfsrecht geregistreerd")
    @ApiResponse(responseCode = "200", description = "Verblijfsdoel gewijzigd, of al zo geregistreerd")
    ResponseEntity<VerblijfsvergunningResponse> registreer(@Valid @RequestBody VerblijfsvergunningRequest request) {
        var resultaat = handler.handle(new VerblijfsvergunningRegistreren(new Verblijfsvergunning(request.vNummer(), Bsn.of(request.bsn()),
                request.geboortedatum(), request.nationaliteit(), request.verblijfsdoel(),
                Boolean.TRUE.equals(request.referentIsAsielstatushouder()), request.ingangsdatum(),
                request.opvangInCoaLocatie())));
        return ResponseEntity.status(resultaat == VerblijfsvergunningRegistrerenHandler.Resultaat.GEREGISTREERD
                ? HttpStatus.CREATED : HttpStatus.OK)
                .body(new VerblijfsvergunningResponse(request.vNummer(), request.verblijfsdoel(), request.ingangsdatum()));
    }

    @PostMapping("/{vNummer}/wijzigingen")
    @Operation(summary = "Registreer een wijziging van het verblijfsrecht",
            description = "Een ander verblijfsdoel (VERBLIJFSDOEL_GEWIJZIGD, met nieuwVerblijfsdoel), een intrekking of "
                    + "beëindiging (VERBLIJFSRECHT_BEEINDIGD) of een naturalisatie (GENATURALISEERD). IND levert de "
                    + "wijziging (#2) aan DUO als DUO de persoon kent (Verblijfsdoelen #1 geleverd). Dezelfde wijziging "
                    + "nogmaals verandert niets (200); een beëindigd verblijfsrecht wijzigt niet meer (409).")
    @ApiResponse(responseCode = "201", description = "Wijziging geregistreerd")
    @ApiResponse(responseCode = "200", description = "Deze wijziging was al geregistreerd")
    ResponseEntity<WijzigingResponse> wijzig(
            @PathVariable String vNummer,
            @Valid @RequestBody WijzigingRequest request) {
        var resultaat = wijzigen.handle(new VerblijfsrechtWijzigen(vNummer, request.soortWijziging(),
                request.nieuwVerblijfsdoel(), Boolean.TRUE.equals(request.referentIsAsielstatushouder()),
                request.ingangsdatum()));
        return ResponseEntity.status(resultaat == VerblijfsrechtWijzigenHandler.Resultaat.GEWIJZIGD
                ? HttpStatus.CREATED : HttpStatus.OK)
                .body(new WijzigingResponse(vNummer, request.soortWijziging(), request.nieuwVerblijfsdoel(),
                        request.ingangsdatum()));
    }

    /**
     * @param nieuwVerblijfsdoel         required for VERBLIJFSDOEL_GEWIJZIGD, absent otherwise
     * @param referentIsAsielstatushouder only with a nieuwVerblijfsdoel GEZINSHERENIGING or GEZINSVORMING
     */
    @NieuwDoelPastBijSoort
    record WijzigingRequest(
            @NotNull SoortWijziging soortWijziging,
            Verblijfsdoel nieuwVerblijfsdoel,
            Boolean referentIsAsielstatushouder,
            @NotNull @Datumbereik(vanaf = Datumbereik.GEBOORTE, dagenVooruit = 366) LocalDate ingangsdatum) {
    }

    record WijzigingResponse(String vNummer, SoortWijziging soortWijziging, Verblijfsdoel nieuwVerblijfsdoel,
            LocalDate ingangsdatum) {
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
