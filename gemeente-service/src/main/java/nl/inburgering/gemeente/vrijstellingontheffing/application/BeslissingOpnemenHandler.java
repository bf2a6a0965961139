package nl.inburgering.gemeente.vrijstellingontheffing.application;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import nl.inburgering.gemeente.inburgeraar.api.Signaalmomenten;
import nl.inburgering.gemeente.vrijstellingontheffing.domain.Beslissing;
import nl.inburgering.gemeente.vrijstellingontheffing.persistence.BeslissingEntity;
import nl.inburgering.gemeente.vrijstellingontheffing.persistence.BeslissingRepository;
import nl.inburgering.platform.logboek.Verwerkingsactiviteit;
import nl.inburgering.platform.verwerking.Persoonsverwerking;

/**
 * #11 and #12 in (issue 15, decision 0036): every decision is kept by BSN and gemeente, also before the gemeente
 * knows the person (DUO may inform first; he shows it once #3 arrived). The same decision again is nothing.
 */
@Service
public class BeslissingOpnemenHandler {

    static final Verwerkingsactiviteit ONTVANGEN = new Verwerkingsactiviteit(
            "https://inburgering.nl/verwerkingsactiviteiten/gemeente/vrijstelling-of-ontheffing-ontvangen",
            "Beslissing van DUO op een vrijstelling of ontheffing opnemen");

    private final BeslissingRepository beslissingen;
    private final Persoonsverwerking verwerking;
    private final Signaalmomenten signaalmomenten;

    BeslissingOpnemenHandler(BeslissingRepository beslissingen, Persoonsverwerking verwerking,
            Signaalmomenten signaalmomenten) {
        this.signaalmomenten = signaalmomenten;
        this.beslissingen = beslissingen;
        this.verwerking = verwerking;
    }

    /** Runs in the inbox transaction of the event. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void handle(BeslissingOpnemen c) {
        signaalmomenten.bijwerken(c.bsn());
        verwerking.wijzig(ONTVANGEN, c.bsn(), v -> {
            if (beslissingen.existsByBsnAndGemeentecodeAndBeslissingAndSoortAndOordeelAndGrondAndDatumOordeelAndOnderdelen(
                    c.bsn().value(), c.gemeentecode(), c.beslissing(), c.soort(), c.oordeel(), c.grond(),
                    c.datumOordeel(), String.join(",", c.onderdelen()))) {
                return;
            }
            beslissingen.save(new BeslissingEntity(c.bsn().value(), c.gemeentecode(), new Beslissing(c.beslissing(),
                    c.soort(), c.oordeel(), c.grond(), c.datumOordeel(), c.startdatum(), c.einddatum(),
                    c.onderdelen(), c.urenBelastbaarheid(), v.nu())));
        });
    }
}
