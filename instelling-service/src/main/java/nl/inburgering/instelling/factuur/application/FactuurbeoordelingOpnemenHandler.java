package nl.inburgering.instelling.factuur.application;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import nl.inburgering.instelling.factuur.domain.FactuurbeoordelingPolicy;
import nl.inburgering.instelling.factuur.persistence.FactuurEntity;
import nl.inburgering.instelling.factuur.persistence.FactuurRepository;
import nl.inburgering.platform.config.KetenProperties;
import nl.inburgering.platform.logboek.Verwerkingsactiviteit;
import nl.inburgering.platform.verwerking.Persoonsverwerking;

/**
 * Seed §12.2, "De instelling ontvangt het betaalbaar gestelde bedrag": DUO's judgement of an invoice sets its status.
 * It must be about an invoice this instelling sent, about its person, and fit it ({@link FactuurbeoordelingPolicy});
 * otherwise nothing changes and the reason is returned, for the listener to dead-letter the event with it. The same
 * judgement delivered again changes nothing; a later, different one replaces it.
 */
@Service
public class FactuurbeoordelingOpnemenHandler {

    static final Verwerkingsactiviteit ONTVANGEN = new Verwerkingsactiviteit(
            "https://inburgering.nl/verwerkingsactiviteiten/instelling/factuurbeoordeling-ontvangen",
            "Beoordeling van een factuur door DUO opnemen");

    private final FactuurRepository facturen;
    private final Persoonsverwerking verwerking;
    private final KetenProperties keten;

    FactuurbeoordelingOpnemenHandler(FactuurRepository facturen, Persoonsverwerking verwerking,
            KetenProperties keten) {
        this.facturen = facturen;
        this.verwerking = verwerking;
        this.keten = keten;
    }

    /**
     * Runs in the inbox transaction of the event.
     *
     * @return why the judgement was not applied, or empty when it was
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<String> handle(FactuurbeoordelingOpnemen opnemen) {
        if (!keten.instellingen().contains(opnemen.instellingsnummer())) {
            return Optional.of("beoordeling voor een instelling die deze dienst niet bedient");
        }
        AtomicReference<FactuurEntity> factuur = new AtomicReference<>();
        AtomicReference<String> weigering = new AtomicReference<>();
        verwerking.wijzigAlsBekend(ONTVANGEN, opnemen.bsn(), bsn -> {
            Optional<FactuurEntity> gevonden = facturen.findByInstellingsnummerAndFactuurnummer(
                    opnemen.instellingsnummer(), opnemen.factuurnummer());
            if (gevonden.isEmpty()) {
                weigering.set("beoordeling van een factuur die de instelling niet indiende");
                return false;
            }
            Optional<String> probleem = FactuurbeoordelingPolicy.probleem(gevonden.get().alsFactuur(),
                    opnemen.beoordeling(), bsn);
            probleem.ifPresent(weigering::set);
            factuur.set(gevonden.get());
            // the same judgement again changes nothing and records nothing
            return probleem.isEmpty() && !gevonden.get().heeftBeoordeling(opnemen.beoordeling());
        }, v -> factuur.get().beoordeeld(opnemen.beoordeling(), v.nu()));
        return Optional.ofNullable(weigering.get());
    }
}
