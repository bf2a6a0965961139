package nl.inburgering.gemeente.inburgeraar.application;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import nl.inburgering.gemeente.inburgeraar.api.Signaalmomenten;
import nl.inburgering.gemeente.inburgeraar.persistence.BeschikkingVoldaanEntity;
import nl.inburgering.gemeente.inburgeraar.persistence.BeschikkingVoldaanRepository;
import nl.inburgering.gemeente.inburgeraar.persistence.InburgeraarRepository;
import nl.inburgering.platform.logboek.Verwerkingsactiviteit;
import nl.inburgering.platform.verwerking.Persoonsverwerking;

/**
 * The end of the traject at the gemeente (seed §8, issue 14): DUO ends the plicht (#3 beëindigd, with its reden) and
 * the inburgeraar leaves the active werkvoorraad; DUO decides voldaan (#10, with datum and waardepapier), kept by
 * BSN and gemeente whatever the order of the two.
 */
@Service
public class EindeVanDePlichtHandler {

    private static final Logger log = LoggerFactory.getLogger(EindeVanDePlichtHandler.class);

    static final Verwerkingsactiviteit BEEINDIGD = new Verwerkingsactiviteit(
            "https://inburgering.nl/verwerkingsactiviteiten/gemeente/inburgeringsplicht-beeindigd-ontvangen",
            "Beëindigde inburgeringsplicht van DUO opnemen");
    static final Verwerkingsactiviteit VOLDAAN = new Verwerkingsactiviteit(
            "https://inburgering.nl/verwerkingsactiviteiten/gemeente/beschikking-voldaan-ontvangen",
            "Beschikking voldaan inburgeringsplicht van DUO opnemen");

    private final InburgeraarRepository inburgeraars;
    private final BeschikkingVoldaanRepository beschikkingen;
    private final Persoonsverwerking verwerking;
    private final Signaalmomenten signaalmomenten;

    EindeVanDePlichtHandler(InburgeraarRepository inburgeraars, BeschikkingVoldaanRepository beschikkingen,
            Persoonsverwerking verwerking, Signaalmomenten signaalmomenten) {
        this.signaalmomenten = signaalmomenten;
        this.inburgeraars = inburgeraars;
        this.beschikkingen = beschikkingen;
        this.verwerking = verwerking;
    }

    /** Runs in the inbox transaction of the event. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void handle(EindeVanDePlicht.PlichtBeeindigd beeindigd) {
        signaalmomenten.bijwerken(beeindigd.bsn());
        verwerking.wijzig(BEEINDIGD, beeindigd.bsn(), v -> inburgeraars
                .findByBsnAndGemeentecode(beeindigd.bsn().value(), beeindigd.gemeentecode())
                .ifPresentOrElse(inburgeraar -> inburgeraar.beeindig(beeindigd.einddatum(), beeindigd.reden(),
                        beeindigd.datumVaststelling()),
                        () -> log.info("Beëindigde inburgeringsplicht voor gemeente {} van een persoon die daar geen "
                                + "inburgeraar is: niets te beëindigen", beeindigd.gemeentecode())));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void handle(EindeVanDePlicht.PlichtVoldaan voldaan) {
        signaalmomenten.bijwerken(voldaan.bsn());
        verwerking.wijzig(VOLDAAN, voldaan.bsn(), v -> {
            BeschikkingVoldaanEntity beschikking = beschikkingen
                    .findByBsnAndGemeentecode(voldaan.bsn().value(), voldaan.gemeentecode())
                    .orElseGet(() -> new BeschikkingVoldaanEntity(voldaan.bsn().value(), voldaan.gemeentecode(),
                            v.nu()));
            beschikkingen.save(beschikking.beschikking(voldaan.datumBeschikking(), voldaan.datumVoldaan(),
                    voldaan.leerroute(), voldaan.waardepapier(), v.nu()));
        });
    }
}
