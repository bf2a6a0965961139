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
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import nl.inburgering.platform.bsn.Bsn;
import nl.inburgering.gemeente.brp.application.VerhuizingRegistreren;
import nl.inburgering.gemeente.brp.application.VerhuizingRegistrerenHandler;
import nl.inburgering.gemeente.brp.application.VerhuizingRegistrerenHandler.VerhuizingGeregistreerd;
import nl.inburgering.gemeente.brp.domain.Verhuizing;
import nl.inburgering.platform.security.KetenGebruiker;
import nl.inburgering.platform.security.Rol;
import nl.inburgering.platform.web.Datumbereik;
import nl.inburgering.platform.security.Toegang;
import nl.inburgering.platform.validatie.GeldigBsn;

@RestController
@Toegang(Rol.PARTNERSYSTEEM)
@RequestMapping("/api/v1/brp/verhuizingen")
@Tag(name = "BRP-bijhouding")
class BrpVerhuizingController {

    private final VerhuizingRegistrerenHandler handler;

    BrpVerhuizingController(VerhuizingRegistrerenHandler handler) {
        this.handler = handler;
    }

    @PostMapping
    @Operation(summary = "Registreer de verhuizing van een ingezetene naar de gemeente van het token",
            description = "Door het BRP-systeem van de nieuwe gemeente (rol PARTNERSYSTEEM); de nieuwe gemeente komt "
                    + "uit het token, de oude uit de inschrijving. Publiceert IngezeteneVerhuisd (topic "
                    + "brp.verhuizingen.v1) aan DUO en COA. Een persoon zonder inschrijving, of die al in de gemeente "
                    + "woont, geeft 409.")
    @ApiResponse(responseCode = "201", description = "De verhuizing is geregistreerd")
    @ApiResponse(responseCode = "409", description = "De persoon is niet ingeschreven, of woont al in deze gemeente")
    ResponseEntity<VerhuizingResponse> registreer(@Valid @RequestBody VerhuizingRequest request) {
        String gemeentecode = KetenGebruiker.huidig().vereisGemeentecode();
        VerhuizingGeregistreerd geregistreerd = handler.handle(new VerhuizingRegistreren(
                new Verhuizing(Bsn.of(request.bsn()), gemeentecode, request.datumVerhuizing())));
        return ResponseEntity.created(URI.create("/api/v1/brp/verhuizingen/" + geregistreerd.id()))
                .body(new VerhuizingResponse(geregistreerd.id(), geregistreerd.gemeentecodeNieuw(),
                        geregistreerd.datumVerhuizing()));
    }

    record VerhuizingRequest(
            @NotNull @GeldigBsn String bsn,
            @NotNull @Datumbereik(vanaf = Datumbereik.GEBOORTE, dagenVooruit = Datumbereik.ONBEGRENSD) LocalDate datumVerhuizing) {
    }

    /**
     * No BSN in the answer: the caller knows whom he registered. Nor the gemeente he left: any gemeente's BRP system
     * can register a move into its own gemeente, and the answer must not tell it where a person lived (DUO and COA
     * learn it from the event).
     */
    record VerhuizingResponse(UUID id, String gemeentecodeNieuw, LocalDate datumVerhuizing) {
    }
}
