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
import jakarta.validation.constraints.Pattern;
import nl.inburgering.gemeente.brp.application.InschrijvingRegistreren;
import nl.inburgering.gemeente.brp.application.InschrijvingRegistrerenHandler;
import nl.inburgering.gemeente.brp.domain.Inschrijving;
import nl.inburgering.platform.validatie.GeldigBsn;

@RestController
@RequestMapping("/api/v1/brp/inschrijvingen")
@Tag(name = "BRP-bijhouding")
class BrpInschrijvingController {

    private final InschrijvingRegistrerenHandler handler;

    BrpInschrijvingController(InschrijvingRegistrerenHandler handler) {
        this.handler = handler;
    }

    @PostMapping
    @Operation(summary = "Registreer de inschrijving van een vreemdeling als ingezetene",
            description = "Publiceert de BRP-inschrijving aan IND en DUO (topic brp.inschrijvingen.v1).")
    ResponseEntity<InschrijvingResponse> registreer(@Valid @RequestBody InschrijvingRequest request) {
        UUID id = handler.handle(new InschrijvingRegistreren(new Inschrijving(request.bsn(), request.gemeentecode(),
                request.datumInschrijving(), request.geboortedatum())));
        return ResponseEntity.created(URI.create("/api/v1/brp/inschrijvingen/" + id))
                .body(new InschrijvingResponse(id, request.gemeentecode(), request.datumInschrijving()));
    }

    record InschrijvingRequest(
            @NotNull @GeldigBsn String bsn,
            @NotNull @Pattern(regexp = "\\d{4}", message = "moet een gemeentecode van 4 cijfers zijn") String gemeentecode,
            @NotNull LocalDate datumInschrijving,
            @NotNull @Past LocalDate geboortedatum) {
    }

    record InschrijvingResponse(UUID id, String gemeentecode, LocalDate datumInschrijving) {
    }
}
