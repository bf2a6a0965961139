package nl.inburgering.duo.leerbaarheidstoets.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import nl.inburgering.duo.leerbaarheidstoets.application.Toetsafnamesystemen;
import nl.inburgering.duo.leerbaarheidstoets.application.UitslagVastleggen;
import nl.inburgering.duo.leerbaarheidstoets.application.UitslagVastleggenHandler;
import nl.inburgering.duo.leerbaarheidstoets.domain.Score;
import nl.inburgering.platform.security.GeenToegangException;
import nl.inburgering.platform.security.KetenGebruiker;
import nl.inburgering.platform.security.Rol;
import nl.inburgering.platform.security.Toegang;
import nl.inburgering.platform.web.InvalidParam;
import nl.inburgering.platform.web.OngeldigeInvoerException;

/**
 * The uitslag of a leerbaarheidstoets, from DUO's own toetsafname-systeem (the digital toets) or a DUO
 * backoffice employee: a token of DUO's own OIN or of an allowlisted toetsafname-systeem
 * ({@link Toetsafnamesystemen}), else 403 before the body is looked at. 200 with what became of it; 404 for an
 * unknown examennummer; 409 when the uitkomst is already delivered, the toets was declared ongeldig or skipped, or
 * its uitslag is already in.
 */
@RestController
@RequestMapping("/api/v1/leerbaarheidstoetsen")
class UitslagController {

    private final UitslagVastleggenHandler handler;
    private final Toetsafnamesystemen toetsafnamesystemen;
    private final Clock clock;

    UitslagController(UitslagVastleggenHandler handler, Toetsafnamesystemen toetsafnamesystemen, Clock clock) {
        this.handler = handler;
        this.toetsafnamesystemen = toetsafnamesystemen;
        this.clock = clock;
    }

    @PostMapping("/_uitslag")
    @Toegang({ Rol.DUO_BACKOFFICE, Rol.PARTNERSYSTEEM })
    UitslagAntwoord uitslag(@RequestBody UitslagVerzoek verzoek) {
        if (!toetsafnamesystemen.magUitslagDoorgeven(KetenGebruiker.huidig().organisatieOin())) {
            throw new GeenToegangException("alleen DUO en zijn toetsafname-systeem geven een uitslag door");
        }
        List<InvalidParam> problemen = verzoek.problemen(LocalDate.now(clock));
        if (!problemen.isEmpty()) {
            throw new OngeldigeInvoerException(problemen);
        }
        return UitslagAntwoord.van(handler.handle(new UitslagVastleggen(verzoek.examennummer(),
                LocalDate.parse(verzoek.datumAfname()), Optional.ofNullable(verzoek.behaaldeScore()).map(Score::new))));
    }
}
