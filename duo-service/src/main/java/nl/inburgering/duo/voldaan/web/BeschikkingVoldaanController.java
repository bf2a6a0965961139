package nl.inburgering.duo.voldaan.web;

import java.time.LocalDate;
import java.util.List;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import nl.inburgering.duo.voldaan.application.BeschikkingVoldaan;
import nl.inburgering.duo.voldaan.application.BeschikkingenVoldaanRaadplegen;
import nl.inburgering.duo.voldaan.application.Raadplegers;
import nl.inburgering.platform.bsn.Bsn;
import nl.inburgering.platform.security.GeenToegangException;
import nl.inburgering.platform.security.KetenGebruiker;
import nl.inburgering.platform.security.Rol;
import nl.inburgering.platform.security.Toegang;
import nl.inburgering.platform.web.InvalidParam;
import nl.inburgering.platform.web.NietGevondenException;
import nl.inburgering.platform.web.OngeldigeInvoerException;

/**
 * Stelseldienst #10 at the source (seed §15.2, plateau 2; the catalogue's "IND: pull"): IND's system asks DUO for a
 * person's beschikking voldaan when it needs it, by BSN in the body (never in the URL). Only a token of DUO's own OIN
 * or of a configured raadpleger ({@link Raadplegers}: IND's) gets an answer, else 403 before the body is looked at;
 * 400 lists every problem of the body; 404 when DUO has no beschikking voldaan for the person (whether DUO does not
 * know him or he has not voldaan: one answer).
 */
@RestController
@RequestMapping("/api/v1/beschikkingen-voldaan")
@Toegang({ Rol.PARTNERSYSTEEM, Rol.DUO_BACKOFFICE })
class BeschikkingVoldaanController {

    private final BeschikkingenVoldaanRaadplegen raadplegen;
    private final Raadplegers raadplegers;

    BeschikkingVoldaanController(BeschikkingenVoldaanRaadplegen raadplegen, Raadplegers raadplegers) {
        this.raadplegen = raadplegen;
        this.raadplegers = raadplegers;
    }

    record Zoekvraag(String bsn) {
    }

    /**
     * @param leerroute    B1_ROUTE, ONDERWIJSROUTE or Z_ROUTE
     * @param waardepapier INBURGERINGSDIPLOMA (to the inburgeraar) or INBURGERINGSCERTIFICAAT (through the gemeente)
     */
    record Beschikking(LocalDate datumBeschikking, LocalDate datumVoldaan, String leerroute, String waardepapier) {

        static Beschikking van(BeschikkingVoldaan b) {
            return new Beschikking(b.datumBeschikking(), b.datumVoldaan(), b.leerroute().name(),
                    b.waardepapier().name());
        }
    }

    @PostMapping("/_zoek")
    Beschikking zoek(@RequestBody Zoekvraag vraag) {
        if (!raadplegers.magRaadplegen(KetenGebruiker.huidig().organisatieOin())) {
            throw new GeenToegangException("alleen DUO en de IND raadplegen beschikkingen voldaan bij de bron");
        }
        if (vraag.bsn() == null || !Bsn.isValid(vraag.bsn())) {
            throw new OngeldigeInvoerException(List.of(new InvalidParam("bsn", vraag.bsn() == null ? "required"
                    : "pattern", "Een geldig burgerservicenummer is nodig.")));
        }
        return raadplegen.beschikking(Bsn.of(vraag.bsn())).map(Beschikking::van).orElseThrow(
                () -> new NietGevondenException("DUO heeft voor deze persoon geen beschikking voldaan."));
    }
}
