package nl.inburgering.duo.vrijstelling.web;

import java.time.LocalDate;
import java.util.List;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.annotation.JsonInclude;

import nl.inburgering.duo.vrijstelling.application.Raadplegers;
import nl.inburgering.duo.vrijstelling.application.Vrijstelling;
import nl.inburgering.duo.vrijstelling.application.Vrijstellingen;
import nl.inburgering.duo.vrijstelling.domain.Besluit;
import nl.inburgering.platform.bsn.Bsn;
import nl.inburgering.platform.security.GeenToegangException;
import nl.inburgering.platform.security.KetenGebruiker;
import nl.inburgering.platform.security.Rol;
import nl.inburgering.platform.security.Toegang;
import nl.inburgering.platform.web.InvalidParam;
import nl.inburgering.platform.web.OngeldigeInvoerException;

/**
 * Stelseldienst #11 at the source for IND (seed §10.2; the catalogue's "IND: pull"): IND's system asks DUO for a
 * person's decided vrijstellingen, by BSN in the body (never in the URL). Only a token of DUO's own OIN or of a
 * configured raadpleger ({@link Raadplegers}: IND's) gets an answer, else 403 before the body is looked at; 400 for an
 * invalid BSN; an empty list when DUO decided none (whether or not DUO knows him: one answer).
 */
@RestController
@RequestMapping("/api/v1/vrijstellingen")
@Toegang({ Rol.PARTNERSYSTEEM, Rol.DUO_BACKOFFICE })
class VrijstellingRaadplegingController {

    private final Vrijstellingen vrijstellingen;
    private final Raadplegers raadplegers;

    VrijstellingRaadplegingController(Vrijstellingen vrijstellingen, Raadplegers raadplegers) {
        this.vrijstellingen = vrijstellingen;
        this.raadplegers = raadplegers;
    }

    record Zoekvraag(String bsn) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record VrijstellingAntwoord(String soort, String oordeel, String reden, LocalDate datumOordeel,
            List<VrijstellingsaanvraagController.Onderdeel> onderdelen, LocalDate startdatum, LocalDate einddatum,
            LocalDate ingetrokkenOp) {

        static VrijstellingAntwoord van(Vrijstelling v) {
            Besluit b = v.besluit();
            return new VrijstellingAntwoord(b.soort().name(), b.oordeel().name(), b.reden().name(), v.datumOordeel(),
                    VrijstellingsaanvraagController.Onderdeel.van(b.onderdelen()), b.startdatum(), b.einddatum(),
                    v.ingetrokkenOp());
        }
    }

    @PostMapping("/_zoek")
    List<VrijstellingAntwoord> zoek(@RequestBody Zoekvraag vraag) {
        if (!raadplegers.magRaadplegen(KetenGebruiker.huidig().organisatieOin())) {
            throw new GeenToegangException("alleen DUO en de IND raadplegen vrijstellingen bij de bron");
        }
        if (vraag.bsn() == null || !Bsn.isValid(vraag.bsn())) {
            throw new OngeldigeInvoerException(List.of(new InvalidParam("bsn", vraag.bsn() == null ? "required"
                    : "pattern", "Een geldig burgerservicenummer is nodig.")));
        }
        return vrijstellingen.vrijstellingen(Bsn.of(vraag.bsn())).stream().map(VrijstellingAntwoord::van).toList();
    }
}
