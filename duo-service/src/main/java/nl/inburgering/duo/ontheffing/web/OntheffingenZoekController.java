package nl.inburgering.duo.ontheffing.web;

import java.util.List;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import nl.inburgering.duo.ontheffing.application.OntheffingenRaadplegen;
import nl.inburgering.platform.bsn.Bsn;
import nl.inburgering.platform.security.GeenToegangException;
import nl.inburgering.platform.security.KetenGebruiker;
import nl.inburgering.platform.security.Rol;
import nl.inburgering.platform.security.Toegang;
import nl.inburgering.platform.web.InvalidParam;
import nl.inburgering.platform.web.NietGevondenException;
import nl.inburgering.platform.web.OngeldigeInvoerException;

/**
 * Stelseldienst #12 at the source (seed §11.2, §11.3: "De IND ontvangt ... in pull-modus de gegevens over de
 * ontheffing"): IND's system asks DUO for a person's ontheffingen by BSN in the body (never in the URL), in the form of
 * DUO's Ontheffing API. Only a token of DUO's own OIN or of a configured raadpleger (IND's) gets an answer, else 403
 * before the body is looked at; 400 for an invalid BSN; 404 when DUO does not know the person.
 */
@RestController
@RequestMapping("/api/v1/ontheffingen")
@Toegang({ Rol.PARTNERSYSTEEM, Rol.DUO_BACKOFFICE })
class OntheffingenZoekController {

    private final OntheffingenRaadplegen raadplegen;

    OntheffingenZoekController(OntheffingenRaadplegen raadplegen) {
        this.raadplegen = raadplegen;
    }

    record Zoekvraag(String bsn) {
    }

    @PostMapping("/_zoek")
    List<OntheffingM2m> zoek(@RequestBody Zoekvraag vraag) {
        if (!raadplegen.magRaadplegen(KetenGebruiker.huidig().organisatieOin())) {
            throw new GeenToegangException("alleen DUO en de IND raadplegen ontheffingen bij de bron");
        }
        if (vraag.bsn() == null || !Bsn.isValid(vraag.bsn())) {
            throw new OngeldigeInvoerException(List.of(new InvalidParam("bsn", vraag.bsn() == null ? "required"
                    : "pattern", "Een geldig burgerservicenummer is nodig.")));
        }
        return raadplegen.raadpleeg(Bsn.of(vraag.bsn())).map(OntheffingM2m::van)
                .orElseThrow(() -> new NietGevondenException("DUO kent deze persoon niet."));
    }
}
