package nl.inburgering.ind.voldaan.web;

import java.time.LocalDate;
import java.util.List;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.inburgering.ind.voldaan.application.DuoBeschikkingen;
import nl.inburgering.ind.voldaan.application.InburgeringsvereisteToetsen;
import nl.inburgering.ind.voldaan.domain.Inburgeringsvereiste;
import nl.inburgering.platform.bsn.Bsn;
import nl.inburgering.platform.security.Rol;
import nl.inburgering.platform.security.Toegang;
import nl.inburgering.platform.web.InvalidParam;
import nl.inburgering.platform.web.OngeldigeInvoerException;

/**
 * IND's medewerker asks whether a vreemdeling has voldaan aan de inburgeringsplicht (naturalisatie, verblijfsvergunning
 * onbepaalde tijd), by BSN in the body (never in the URL). IND asks DUO at the source (seed §15.2); "bron" says
 * whether DUO answered now or IND's copy of #10 did because DUO could not be reached. 400 lists every problem; 503
 * (problem+json, Retry-After) when DUO cannot be reached and IND has no copy.
 */
@RestController
@Toegang(Rol.IND_MEDEWERKER)
@RequestMapping("/api/v1/inburgeringsvereisten")
@Tag(name = "Inburgeringsvereisten")
class InburgeringsvereisteController {

    private static final int RETRY_AFTER_SECONDEN = 30;

    private final InburgeringsvereisteToetsen toetsen;

    InburgeringsvereisteController(InburgeringsvereisteToetsen toetsen) {
        this.toetsen = toetsen;
    }

    record Zoekvraag(String bsn) {
    }

    /** @param bron DUO, or KOPIE_VAN_STELSELDIENST_10 */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Antwoord(boolean voldaan, LocalDate datumVoldaan, LocalDate datumBeschikking, String leerroute,
            String waardepapier, String bron) {

        static Antwoord van(Inburgeringsvereiste v) {
            var b = v.beschikking();
            return new Antwoord(v.voldaan(), b == null ? null : b.datumVoldaan(),
                    b == null ? null : b.datumBeschikking(), b == null ? null : b.leerroute(),
                    b == null ? null : b.waardepapier(), v.bron().name());
        }
    }

    @PostMapping("/_zoek")
    @Operation(summary = "Heeft de vreemdeling de inburgeringsplicht voldaan?",
            description = "IND vraagt de beschikking voldaan bij DUO, de bron (§15.2).")
    Antwoord zoek(@RequestBody Zoekvraag vraag) {
        if (vraag.bsn() == null || !Bsn.isValid(vraag.bsn())) {
            throw new OngeldigeInvoerException(List.of(new InvalidParam("bsn", vraag.bsn() == null ? "required"
                    : "pattern", "Een geldig burgerservicenummer is nodig.")));
        }
        return Antwoord.van(toetsen.toets(Bsn.of(vraag.bsn())));
    }

    @ExceptionHandler(DuoBeschikkingen.DuoNietBeschikbaarException.class)
    ResponseEntity<ProblemDetail> duoNietBeschikbaar(DuoBeschikkingen.DuoNietBeschikbaarException e) {
        ProblemDetail probleem = ProblemDetail.forStatus(HttpStatus.SERVICE_UNAVAILABLE);
        probleem.setTitle("DUO niet bereikbaar");
        probleem.setDetail("DUO, de bron van de beschikking voldaan, antwoordt nu niet en IND heeft er geen kopie van."
                + " Probeer het later opnieuw.");
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER_SECONDEN))
                .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON).body(probleem);
    }
}
