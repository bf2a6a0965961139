package nl.inburgering.duo.inspanning.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.annotation.JsonInclude;

import nl.inburgering.duo.inspanning.application.InspanningRaadplegen;
import nl.inburgering.duo.inspanning.application.Inspanningsoverzicht;
import nl.inburgering.platform.bsn.Bsn;
import nl.inburgering.platform.security.Rol;
import nl.inburgering.platform.security.Toegang;
import nl.inburgering.platform.web.InvalidParam;
import nl.inburgering.platform.web.OngeldigeInvoerException;

/**
 * DUO's backoffice sees a person's inspanning (#18): the stand DUO counts per instelling, with the route it came
 * along, and every delivery refused for coming along the wrong route (§15.5), with its reason. A search by BSN in
 * the body (never in the URL). 400 for a missing or invalid BSN, 404 for a person DUO does not know.
 */
@RestController
@RequestMapping("/api/v1/inspanningen")
@Toegang(Rol.DUO_BACKOFFICE)
class InspanningController {

    private final InspanningRaadplegen raadplegen;

    InspanningController(InspanningRaadplegen raadplegen) {
        this.raadplegen = raadplegen;
    }

    record Zoekvraag(String bsn) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Stand(String instellingsnummer, String route, String gemeentecode, String leerroute, LocalDate peildatum,
            int urenAangeboden, int urenAanwezig, int urenOngeoorloofdVerzuim, boolean taalschakeltrajectAfgerond) {
    }

    record Afwijzing(String instellingsnummer, String route, LocalDate peildatum, String reden, String omschrijving,
            Instant afgewezenOp) {
    }

    /** @param inspanning what DUO counts; afwijzingen what it refused and never counts */
    record Overzicht(List<Stand> inspanning, List<Afwijzing> afwijzingen) {
    }

    @PostMapping("/_zoek")
    Overzicht zoek(@RequestBody Zoekvraag vraag) {
        if (vraag.bsn() == null || !Bsn.isValid(vraag.bsn())) {
            throw new OngeldigeInvoerException(List.of(new InvalidParam("bsn", vraag.bsn() == null ? "required"
                    : "pattern", "Een geldig burgerservicenummer is nodig.")));
        }
        Inspanningsoverzicht overzicht = raadplegen.overzicht(Bsn.of(vraag.bsn()));
        return new Overzicht(
                overzicht.standen().stream().map(s -> new Stand(s.instellingsnummer(), s.route().name(),
                        s.gemeentecode(), s.leerroute(), s.peildatum(), s.urenAangeboden(), s.urenAanwezig(),
                        s.urenOngeoorloofdVerzuim(), s.taalschakeltrajectAfgerond())).toList(),
                overzicht.afwijzingen().stream().map(a -> new Afwijzing(a.instellingsnummer(), a.route().name(),
                        a.peildatum(), a.reden(), a.omschrijving(), a.afgewezenOp())).toList());
    }
}
