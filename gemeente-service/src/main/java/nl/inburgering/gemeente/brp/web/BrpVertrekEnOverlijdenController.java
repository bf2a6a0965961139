package nl.inburgering.gemeente.brp.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import nl.inburgering.gemeente.brp.application.OverlijdenRegistreren;
import nl.inburgering.gemeente.brp.application.VertrekEnOverlijdenRegistrerenHandler;
import nl.inburgering.gemeente.brp.application.VertrekRegistreren;
import nl.inburgering.gemeente.brp.domain.Overlijden;
import nl.inburgering.gemeente.brp.domain.Vertrek;
import nl.inburgering.platform.bsn.Bsn;
import nl.inburgering.platform.security.KetenGebruiker;
import nl.inburgering.platform.security.Rol;
import nl.inburgering.platform.security.Toegang;
import nl.inburgering.platform.validatie.GeldigBsn;
import nl.inburgering.platform.web.Datumbereik;

@RestController
@Toegang(Rol.PARTNERSYSTEEM)
@RequestMapping("/api/v1/brp")
@Tag(name = "BRP-bijhouding")
class BrpVertrekEnOverlijdenController {

    private final VertrekEnOverlijdenRegistrerenHandler handler;

    BrpVertrekEnOverlijdenController(VertrekEnOverlijdenRegistrerenHandler handler) {
        this.handler = handler;
    }

    @PostMapping("/vertrekken")
    @Operation(summary = "Registreer het vertrek van een ingezetene van de gemeente van het token naar het buitenland",
            description = "Door het BRP-systeem van de gemeente waar de persoon ingeschreven staat (rol "
                    + "PARTNERSYSTEEM). Publiceert IngezeteneVertrokkenNaarBuitenland (topic "
                    + "brp.vertrek-buitenland.v1) aan DUO (seed §13.3). Een persoon die geen ingezetene van de "
                    + "gemeente is geeft 409. Bij terugkeer schrijft een gemeente hem opnieuw in "
                    + "(POST /api/v1/brp/inschrijvingen).")
    @ApiResponse(responseCode = "201", description = "Het vertrek is geregistreerd")
    @ApiResponse(responseCode = "409", description = "De persoon is geen ingezetene van deze gemeente")
    ResponseEntity<VertrekResponse> vertrek(@Valid @RequestBody VertrekRequest request) {
        String gemeentecode = KetenGebruiker.huidig().vereisGemeentecode();
        UUID id = handler.handle(new VertrekRegistreren(new Vertrek(Bsn.of(request.bsn()), gemeentecode,
                request.datumVertrek(), request.landVanVertrek())));
        return ResponseEntity.created(URI.create("/api/v1/brp/inschrijvingen/" + id))
                .body(new VertrekResponse(id, request.datumVertrek()));
    }

    @PostMapping("/overlijdens")
    @Operation(summary = "Registreer het overlijden van een ingezetene van de gemeente van het token",
            description = "Door het BRP-systeem van de gemeente waar de persoon ingeschreven staat (rol "
                    + "PARTNERSYSTEEM). Publiceert IngezeteneOverleden (topic brp.overlijden.v1) aan DUO en COA. "
                    + "Een persoon die geen ingezetene van de gemeente is geeft 409.")
    @ApiResponse(responseCode = "201", description = "Het overlijden is geregistreerd")
    @ApiResponse(responseCode = "409", description = "De persoon is geen ingezetene van deze gemeente")
    ResponseEntity<OverlijdenResponse> overlijden(@Valid @RequestBody OverlijdenRequest request) {
        String gemeentecode = KetenGebruiker.huidig().vereisGemeentecode();
        UUID id = handler.handle(new OverlijdenRegistreren(new Overlijden(Bsn.of(request.bsn()), gemeentecode,
                request.datumOverlijden())));
        return ResponseEntity.created(URI.create("/api/v1/brp/inschrijvingen/" + id))
                .body(new OverlijdenResponse(id, request.datumOverlijden()));
    }

    record VertrekRequest(
            @NotNull @GeldigBsn String bsn,
            @NotNull @Datumbereik(vanaf = Datumbereik.GEBOORTE, dagenVooruit = Datumbereik.ONBEGRENSD) LocalDate datumVertrek,
            @Pattern(regexp = "[A-Z]{2}", message = "moet een ISO 3166-1 alpha-2 landcode zijn") String landVanVertrek) {
    }

    /** No BSN in the answer: the caller knows whom he registered. */
    record VertrekResponse(UUID inschrijving, LocalDate datumVertrek) {
    }

    record OverlijdenRequest(
            @NotNull @GeldigBsn String bsn,
            @NotNull @Datumbereik(vanaf = Datumbereik.GEBOORTE, dagenVooruit = Datumbereik.ONBEGRENSD) LocalDate datumOverlijden) {
    }

    record OverlijdenResponse(UUID inschrijving, LocalDate datumOverlijden) {
    }
}
