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
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import nl.inburgering.platform.bsn.Bsn;
import nl.inburgering.gemeente.brp.application.InschrijvingRegistreren;
import nl.inburgering.gemeente.brp.application.InschrijvingRegistrerenHandler;
import nl.inburgering.gemeente.brp.domain.Inschrijving;
import nl.inburgering.platform.security.KetenGebruiker;
import nl.inburgering.platform.security.Rol;
import nl.inburgering.platform.web.Datumbereik;
import nl.inburgering.platform.security.Toegang;
import nl.inburgering.platform.validatie.GeldigBsn;

@RestController
@Toegang(Rol.PARTNERSYSTEEM)
@RequestMapping("/api/v1/brp/inschrijvingen")
@Tag(name = "BRP-bijhouding")
class BrpInschrijvingController {

    private final InschrijvingRegistrerenHandler handler;

    BrpInschrijvingController(InschrijvingRegistrerenHandler handler) {
        this.handler = handler;
    }

    @PostMapping
    @Operation(summary = "Registreer de inschrijving van een vreemdeling als ingezetene",
            description = "Door het BRP-systeem van de gemeente (rol PARTNERSYSTEEM); de gemeente komt uit het token. "
                    + "Publiceert de BRP-inschrijving aan IND en DUO (topic brp.inschrijvingen.v1).")
    ResponseEntity<InschrijvingResponse> registreer(@Valid @RequestBody InschrijvingRequest request) {
        String gemeentecode = KetenGebruiker.huidig().vereisGemeentecode();
        UUID id = handler.handle(new InschrijvingRegistreren(new Inschrijving(Bsn.of(request.bsn()), gemeentecode,
                request.datumInschrijving(), request.geboortedatum())));
        return ResponseEntity.created(URI.create("/api/v1/brp/inschrijvingen/" + id))
                .body(new InschrijvingResponse(id, gemeentecode, request.datumInschrijving()));
    }

    record InschrijvingRequest(
            @NotNull @GeldigBsn String bsn,
            @NotNull @Datumbereik(vanaf = Datumbereik.GEBOORTE, dagenVooruit = Datumbereik.ONBEGRENSD) LocalDate datumInschrijving,
            @NotNull @Past @Datumbereik(vanaf = Datumbereik.GEBOORTE, dagenVooruit = Datumbereik.ONBEGRENSD) LocalDate geboortedatum) {
    }

    record InschrijvingResponse(UUID id, String gemeentecode, LocalDate datumInschrijving) {
    }
}
