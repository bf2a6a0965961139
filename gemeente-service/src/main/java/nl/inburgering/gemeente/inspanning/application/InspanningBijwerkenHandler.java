package nl.inburgering.gemeente.inspanning.application;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.inburgering.gemeente.inburgeraar.api.EigenInburgeraar;
import nl.inburgering.gemeente.inburgeraar.api.Signaalmomenten;
import nl.inburgering.gemeente.inspanning.api.InspanningBijwerken;
import nl.inburgering.gemeente.inspanning.domain.InspanningDoorgegevenDoorGemeente;
import nl.inburgering.gemeente.inspanning.persistence.InspanningEntity;
import nl.inburgering.gemeente.inspanning.persistence.InspanningRepository;
import nl.inburgering.platform.bsn.Bsn;
import nl.inburgering.platform.logboek.Verwerkingsactiviteit;
import nl.inburgering.platform.verwerking.Persoonsverwerking;
import nl.inburgering.platform.web.ConflictException;

/**
 * Seed §5.3 and §6.3: the gemeente brings #18 up to date at DUO, "eerst #18 bijwerken" before a changed PIP. The latest
 * stand of each instelling (the newest peildatum, the last received of it) goes to DUO once more with the moment that
 * asks for it; DUO replaces its stand by it, so a repeat never counts twice. The caseworker can do it by hand, a
 * route change does it through {@link InspanningBijwerken}.
 */
@Service
public class InspanningBijwerkenHandler implements InspanningBijwerken {

    static final Verwerkingsactiviteit BIJWERKEN = new Verwerkingsactiviteit(
            "https://inburgering.nl/verwerkingsactiviteiten/gemeente/inspanning-bijwerken",
            "De laatst bekende inspanning van een asielstatushouder opnieuw aan DUO doorgeven");

    static final String GEEN_INSPANNING = "Van deze inburgeraar meldde geen instelling een inspanning aan de gemeente; "
            + "er is niets om aan DUO door te geven.";

    private final EigenInburgeraar inburgeraars;
    private final InspanningRepository inspanningen;
    private final Persoonsverwerking verwerking;
    private final Signaalmomenten signaalmomenten;

    InspanningBijwerkenHandler(EigenInburgeraar inburgeraars, InspanningRepository inspanningen,
            Persoonsverwerking verwerking, Signaalmomenten signaalmomenten) {
        this.signaalmomenten = signaalmomenten;
        this.inburgeraars = inburgeraars;
        this.inspanningen = inspanningen;
        this.verwerking = verwerking;
    }

    @Override
    @Transactional
    public int bijwerken(Bsn bsn, String gemeentecode, Aanleiding aanleiding) {
        signaalmomenten.bijwerken(bsn); // a #18 passed on answers DUO's signal (decision 0046)
        return verwerking.wijzigMetUitkomst(BIJWERKEN, bsn, v -> {
            Map<String, InspanningEntity> laatste = new LinkedHashMap<>();
            // in the order received: of the newest peildatum per instelling, the last one received wins
            inspanningen.findByBsnAndGemeentecodeOrderByVolgnummerAsc(bsn.value(), gemeentecode)
                    .forEach(stand -> laatste.merge(stand.getInstellingsnummer(), stand, (eerder, later) ->
                            later.getPeildatum().isBefore(eerder.getPeildatum()) ? eerder : later));
            laatste.values().stream().sorted(Comparator.comparing(InspanningEntity::getInstellingsnummer))
                    .forEach(stand -> {
                        v.publiceer(new InspanningDoorgegevenDoorGemeente(bsn, gemeentecode,
                                stand.stand().met(aanleiding.name())));
                        stand.doorgegeven(v.nu());
                    });
            return laatste.size();
        });
    }

    /**
     * The caseworker's "bijwerken" (REST).
     *
     * @throws ConflictException when no instelling reported an inspanning of him
     */
    @Transactional
    public int handle(String gemeentecode, UUID inburgeraarId, Aanleiding aanleiding) {
        Bsn bsn = inburgeraars.vind(gemeentecode, inburgeraarId).bsn();
        if (inspanningen.findByBsnAndGemeentecodeOrderByVolgnummerAsc(bsn.value(), gemeentecode).isEmpty()) {
            throw new ConflictException(GEEN_INSPANNING);
        }
        return bijwerken(bsn, gemeentecode, aanleiding);
    }
}
