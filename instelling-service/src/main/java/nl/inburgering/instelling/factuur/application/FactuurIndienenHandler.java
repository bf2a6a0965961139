package nl.inburgering.instelling.factuur.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.inburgering.instelling.cursist.api.EigenCursist;
import nl.inburgering.instelling.factuur.domain.Factuur;
import nl.inburgering.instelling.factuur.domain.FactuurIngediendBijDuo;
import nl.inburgering.instelling.factuur.domain.FactuurPolicy;
import nl.inburgering.instelling.factuur.domain.FactuurPolicy.Beoordeling;
import nl.inburgering.instelling.factuur.persistence.FactuurEntity;
import nl.inburgering.instelling.factuur.persistence.FactuurRepository;
import nl.inburgering.platform.logboek.Verwerkingsactiviteit;
import nl.inburgering.platform.verwerking.Persoonsverwerking;
import nl.inburgering.platform.web.ConflictException;
import nl.inburgering.platform.web.InvalidParam;
import nl.inburgering.platform.web.NietGevondenException;
import nl.inburgering.platform.web.OngeldigeInvoerException;

/**
 * Seed §12.2, "De gecertificeerde instelling verstuurt de factuur elektronisch naar DUO": the invoice is stored and
 * published as FactuurIngediend in the same transaction (outbox). Only for a cursist of this instelling (an
 * inschrijving, open or closed: an invoice often follows the end of a course); anyone else answers 404 like an
 * unknown cursist (decision 0040). The factuurnummer is unique per instelling: the same invoice again answers the
 * one already sent and sends nothing, the same number with other content is a conflict.
 */
@Service
public class FactuurIndienenHandler {

    static final Verwerkingsactiviteit INDIENEN = new Verwerkingsactiviteit(
            "https://inburgering.nl/verwerkingsactiviteiten/instelling/factuur-indienen",
            "Factuur voor het onderwijs van een cursist bij DUO indienen");

    /** The answer for someone who is not a cursist of the instelling, the same as for an unknown cursist. */
    public static final String GEEN_CURSIST = "Deze persoon is geen cursist van uw instelling.";

    /** @param nieuw false when the same invoice had been sent before and this answers that one */
    public record Indiening(Factuurweergave factuur, boolean nieuw) {
    }

    private final EigenCursist cursisten;
    private final FactuurRepository facturen;
    private final Persoonsverwerking verwerking;
    private final Clock clock;

    FactuurIndienenHandler(EigenCursist cursisten, FactuurRepository facturen, Persoonsverwerking verwerking,
            Clock clock) {
        this.cursisten = cursisten;
        this.facturen = facturen;
        this.verwerking = verwerking;
        this.clock = clock;
    }

    @Transactional
    public Indiening handle(FactuurIndienen indienen) {
        Beoordeling beoordeling = FactuurPolicy.beoordeel(indienen.instellingsnummer(), indienen.invoer(),
                LocalDate.now(clock));
        if (!beoordeling.isGoed()) {
            throw new OngeldigeInvoerException(beoordeling.problemen().stream()
                    .map(p -> new InvalidParam(p.veld(), p.code(), p.reden())).toList());
        }
        Factuur factuur = beoordeling.factuur().get();
        if (cursisten.vanPersoon(factuur.instellingsnummer(), factuur.bsn()).isEmpty()) {
            throw new NietGevondenException(GEEN_CURSIST);
        }
        // under the person's lock: the same request twice at once finds the first one's invoice
        return verwerking.wijzigMetUitkomst(INDIENEN, factuur.bsn(), v -> {
            Optional<FactuurEntity> bestaand = facturen.findByInstellingsnummerAndFactuurnummer(
                    factuur.instellingsnummer(), factuur.factuurnummer());
            if (bestaand.isPresent()) {
                if (!bestaand.get().alsFactuur().isDezelfdeAls(factuur)) {
                    throw new ConflictException("Uw instelling diende al een andere factuur in met factuurnummer "
                            + factuur.factuurnummer() + "; een factuurnummer is uniek per instelling.");
                }
                return new Indiening(Factuurweergave.van(bestaand.get()), false);
            }
            FactuurEntity opgeslagen = facturen.save(new FactuurEntity(factuur, v.nu()));
            v.publiceer(new FactuurIngediendBijDuo(factuur));
            return new Indiening(Factuurweergave.van(opgeslagen), true);
        });
    }
}
