package nl.inburgering.gemeente.notificatie.web;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.inburgering.gemeente.notificatie.application.NotificatieOntvangen;
import nl.inburgering.platform.bsn.Bsn;
import nl.inburgering.platform.security.KetenGebruiker;
import nl.inburgering.platform.security.Rol;
import nl.inburgering.platform.security.Toegang;
import nl.inburgering.platform.web.InvalidParam;
import nl.inburgering.platform.web.OngeldigeInvoerException;

/**
 * DUO's Notificatie API ({@code API/Notificatie/openapi.yml}, version {@value #API_VERSIE}) as the gemeente serves it:
 * {@code POST /api/v1/notificaties}, by DUO's system only (a PARTNERSYSTEEM token with DUO's OIN, which must be the
 * {@code bron}; the {@code doel} a gemeente of this service that receives notifications, else 403). 201 for a new
 * notification and for a repeat of a berichtId (nothing changes); 400 problem+json listing every problem of the
 * headers and the body.
 */
@RestController
@Toegang(Rol.PARTNERSYSTEEM)
@RequestMapping("/api/v1/notificaties")
@Tag(name = "Notificaties")
class NotificatieController {

    static final String API_VERSIE = "1.8.0";

    private static final Pattern GEBEURTENIS = Pattern.compile("^[0-9A-Z]{1,6}$");
    private static final Pattern CIJFERS = Pattern.compile("\\d{9}");

    /**
     * Schema {@code Notificatie}, as DUO publishes it: registratieDatumTijd a date-time. The API Design Rules' linter
     * demands a {@code format} on a field named ...Datum... and refuses {@code date-time} there
     * (nlgov:specify-format-for-date-and-time, nlgov:use-date-instead-of-datetime; DUO's own spec fails them). The
     * name is DUO's and the value stays an RFC 3339 date-time on the wire: our document names that format
     * {@code rfc3339-datum-tijd} with its pattern, so every request valid under DUO's spec is valid here (decision 0030).
     */
    record Notificatie(
            @Schema(implementation = String.class, format = "rfc3339-datum-tijd", example = "2026-12-06T10:15:30+01:00",
                    pattern = "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})$",
                    description = "Moment van registratie van de gebeurtenis bij DUO: een datum-tijd volgens RFC 3339")
            OffsetDateTime registratieDatumTijd,
            @Schema(pattern = "\\d{9}", minLength = 9, maxLength = 9, description = "Burgerservicenummer") String bsn,
            @Schema(minimum = "0", maximum = "9999999999", description = "V-nummer") Long vNummer,
            @Schema(pattern = "^[0-9A-Z]{1,6}$", minLength = 1, maxLength = 6,
                    description = "Identificatie van de gebeurtenis (Gebeurtenissen.md van DUO)") String gebeurtenisId) {
    }

    private final NotificatieOntvangen ontvangen;

    NotificatieController(NotificatieOntvangen ontvangen) {
        this.ontvangen = ontvangen;
    }

    @PostMapping
    @Operation(operationId = "opvoerenNotificatie", summary = "Een notificatie van DUO opvoeren",
            description = "Het signaleringspatroon van DUO (Notificatie API 1.8.0): de gemeente neemt de notificatie "
                    + "aan en vraagt daarna de gegevens op bij de M2M API's van DUO die bij de gebeurtenis horen.",
            parameters = {
                    @Parameter(in = ParameterIn.HEADER, name = "bron", required = true,
                            description = "OIN van de organisatie die het bericht stuurt (DUO)"),
                    @Parameter(in = ParameterIn.HEADER, name = "doel", required = true,
                            description = "OIN van de organisatie waarvoor het bericht bedoeld is (de gemeente)"),
                    @Parameter(in = ParameterIn.HEADER, name = "berichtId", required = true,
                            description = "Universeel unieke identificatie van het bericht (uuid)") },
            responses = @ApiResponse(responseCode = "201", description = "Opvoeren notificatie gelukt",
                    headers = @Header(name = "API-Version", description = "Versie van de API")))
    ResponseEntity<Void> opvoeren(@RequestHeader(name = "bron", required = false) String bron,
            @RequestHeader(name = "doel", required = false) String doel,
            @RequestHeader(name = "berichtId", required = false) String berichtId,
            @RequestBody Notificatie notificatie) {
        // the caller first: a system that is not DUO's learns nothing about what a valid notification looks like
        ontvangen.controleerAfzender(KetenGebruiker.huidig().organisatieOin());
        List<InvalidParam> problemen = new ArrayList<>();
        oin("bron", bron, problemen);
        oin("doel", doel, problemen);
        UUID id = null;
        try {
            id = berichtId == null ? null : UUID.fromString(berichtId);
        } catch (IllegalArgumentException e) {
            // below
        }
        if (id == null) {
            problemen.add(new InvalidParam("berichtId", "uuid", "de header berichtId is verplicht, een uuid"));
        }
        if (notificatie.registratieDatumTijd() == null) {
            problemen.add(new InvalidParam("registratieDatumTijd", "required",
                    "registratieDatumTijd is verplicht, een datum-tijd (RFC 3339)"));
        }
        if (notificatie.gebeurtenisId() == null || !GEBEURTENIS.matcher(notificatie.gebeurtenisId()).matches()) {
            problemen.add(new InvalidParam("gebeurtenisId", "pattern",
                    "gebeurtenisId is verplicht: 1 tot 6 hoofdletters of cijfers"));
        }
        if (notificatie.bsn() != null && !(CIJFERS.matcher(notificatie.bsn()).matches()
                && Bsn.isValid(notificatie.bsn()))) {
            problemen.add(new InvalidParam("bsn", "bsn", "bsn is een burgerservicenummer van 9 cijfers"));
        }
        if (notificatie.vNummer() != null && (notificatie.vNummer() < 0 || notificatie.vNummer() > 9_999_999_999L)) {
            problemen.add(new InvalidParam("vNummer", "range", "vNummer ligt tussen 0 en 9999999999"));
        }
        if (notificatie.bsn() == null && notificatie.vNummer() == null) {
            problemen.add(new InvalidParam("bsn", "required", "de notificatie noemt de persoon: bsn of vNummer"));
        }
        if (!problemen.isEmpty()) {
            throw new OngeldigeInvoerException(problemen);
        }
        ontvangen.ontvang(new NotificatieOntvangen.Ontvangst(id, bron, doel, KetenGebruiker.huidig().organisatieOin(),
                notificatie.bsn() == null ? null : Bsn.of(notificatie.bsn()), notificatie.vNummer(),
                notificatie.gebeurtenisId(), notificatie.registratieDatumTijd().toInstant()));
        return ResponseEntity.status(HttpStatus.CREATED).header("API-Version", API_VERSIE).build();
    }

    private static void oin(String naam, String waarde, List<InvalidParam> problemen) {
        if (waarde == null || waarde.length() != 20) {
            problemen.add(new InvalidParam(naam, "oin", "de header " + naam + " is verplicht, een OIN van 20 tekens"));
        }
    }
}
