package nl.inburgering.duo.leerbaarheidstoets.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import nl.inburgering.duo.leerbaarheidstoets.application.UitslagVastleggen;
import nl.inburgering.duo.leerbaarheidstoets.application.UitslagVastleggenHandler;
import nl.inburgering.duo.leerbaarheidstoets.domain.Score;
import nl.inburgering.platform.security.Rol;
import nl.inburgering.platform.security.Toegang;
import nl.inburgering.platform.web.InvalidParam;
import nl.inburgering.platform.web.OngeldigeInvoerException;

/**
 * The uitslag of a leerbaarheidstoets, from DUO's own toetsafname-systeem (the digital toets) or a DUO
 * backoffice employee. 200 with what became of it; 404 for an unknown examennummer; 409 when the uitkomst
 * is already delivered, the toets was declared ongeldig or skipped, or its uitslag is already in.
 */
@RestController
@RequestMapping("/api/v1/leerbaarheidstoetsen")
class UitslagController {

    private final UitslagVastleggenHandler handler;
    private final Clock clock;

    UitslagController(UitslagVastleggenHandler handler, Clock clock) {
        this.handler = handler;
        this.clock = clock;
    }

    @PostMapping("/_uitslag")
    @Toegang({ Rol.DUO_BACKOFFICE, Rol.PARTNERSYSTEEM })
    UitslagAntwoord uitslag(@RequestBody UitslagVerzoek verzoek) {
        List<InvalidParam> problemen = verzoek.problemen(LocalDate.now(clock));
        if (!problemen.isEmpty()) {
            throw new OngeldigeInvoerException(problemen);
        }
        return UitslagAntwoord.van(handler.handle(new UitslagVastleggen(verzoek.examennummer(),
                LocalDate.parse(verzoek.datumAfname()), Optional.ofNullable(verzoek.behaaldeScore()).map(Score::new))));
    }
}
