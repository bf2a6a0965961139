package nl.inburgering.duo.termijnbewaking.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.annotation.JsonInclude;

import nl.inburgering.duo.termijnbewaking.application.TermijnbewakingRaadplegen;
import nl.inburgering.platform.bsn.Bsn;
import nl.inburgering.platform.security.Rol;
import nl.inburgering.platform.security.Toegang;
import nl.inburgering.platform.web.InvalidParam;
import nl.inburgering.platform.web.OngeldigeInvoerException;

/**
 * DUO's backoffice sees a person's termijnbewaking: every deadline with its vervaldag and whether it fired, the
 * kennisgevingen sent to the inburgeraar, and since when the leerroute is late. A search by BSN in the body (never in
 * the URL). 400 for a missing or invalid BSN, 404 for a person DUO does not know.
 */
@RestController
@RequestMapping("/api/v1/termijnbewaking")
@Toegang(Rol.DUO_BACKOFFICE)
class TermijnbewakingController {

    private final TermijnbewakingRaadplegen raadplegen;

    TermijnbewakingController(TermijnbewakingRaadplegen raadplegen) {
        this.raadplegen = raadplegen;
    }

    record Zoekvraag(String bsn) {
    }

    /** @param gevuurdOp when the deadline fired; absent while it has not */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Deadline(String soort, LocalDate vervaldag, boolean gevuurd, Instant gevuurdOp) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Kennisgeving(String soort, LocalDate einddatumTermijn, Instant verstuurdOp) {
    }

    /** @param leerrouteTeLaatSinds absent unless ten weeks passed after the #3 without a PIP */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Overzicht(List<Deadline> deadlines, List<Kennisgeving> kennisgevingen, LocalDate leerrouteTeLaatSinds) {
    }

    @PostMapping("/_zoek")
    Overzicht zoek(@RequestBody Zoekvraag vraag) {
        if (vraag.bsn() == null || !Bsn.isValid(vraag.bsn())) {
            throw new OngeldigeInvoerException(List.of(new InvalidParam("bsn", vraag.bsn() == null ? "required"
                    : "pattern", "Een geldig burgerservicenummer is nodig.")));
        }
        var overzicht = raadplegen.overzicht(Bsn.of(vraag.bsn()));
        return new Overzicht(
                overzicht.deadlines().stream().map(d -> new Deadline(d.soort().name(), d.vervaldag(),
                        d.gevuurdOp() != null, d.gevuurdOp())).toList(),
                overzicht.kennisgevingen().stream().map(k -> new Kennisgeving(k.soort(), k.einddatumTermijn(),
                        k.verstuurdOp())).toList(),
                overzicht.leerrouteTeLaatSinds());
    }
}
