package nl.inburgering.gemeente.vrijstellingontheffing.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.inburgering.gemeente.inburgeraar.api.EigenInburgeraar;
import nl.inburgering.gemeente.inburgeraar.api.Inburgeraar;
import nl.inburgering.gemeente.vrijstellingontheffing.domain.BioAdvies;
import nl.inburgering.gemeente.vrijstellingontheffing.persistence.BioAdviesEntity;
import nl.inburgering.gemeente.vrijstellingontheffing.persistence.BioAdviesRepository;
import nl.inburgering.platform.logboek.Verwerkingsactiviteit;
import nl.inburgering.platform.verwerking.Persoonsverwerking;
import nl.inburgering.platform.web.InvalidParam;
import nl.inburgering.platform.web.OngeldigeInvoerException;

/**
 * Seed §11.3: the klantmanager records the gemeente's advies on a BIO request of his own inburgeraar. Every problem of
 * the advies at once (400); another gemeente's inburgeraar is not found (404).
 */
@Service
public class BioAdviesVastleggen {

    static final Verwerkingsactiviteit VASTLEGGEN = new Verwerkingsactiviteit(
            "https://inburgering.nl/verwerkingsactiviteiten/gemeente/bio-advies-vastleggen",
            "Het advies van de gemeente op een BIO-verzoek vastleggen");
    private static final ZoneId NEDERLAND = ZoneId.of("Europe/Amsterdam");

    private final EigenInburgeraar inburgeraars;
    private final BioAdviesRepository adviezen;
    private final Persoonsverwerking verwerking;
    private final Clock klok;

    BioAdviesVastleggen(EigenInburgeraar inburgeraars, BioAdviesRepository adviezen, Persoonsverwerking verwerking,
            Clock klok) {
        this.inburgeraars = inburgeraars;
        this.adviezen = adviezen;
        this.verwerking = verwerking;
        this.klok = klok;
    }

    @Transactional
    public VrijstellingenEnOntheffingenRaadplegen.BioAdviesView handle(String gemeentecode, UUID inburgeraarId,
            String advies, String motivering, LocalDate datum) {
        Inburgeraar persoon = inburgeraars.vind(gemeentecode, inburgeraarId);
        List<BioAdvies.Probleem> problemen = BioAdvies.problemen(advies, motivering, datum,
                LocalDate.now(klok.withZone(NEDERLAND)));
        if (!problemen.isEmpty()) {
            throw new OngeldigeInvoerException(
                    problemen.stream().map(p -> new InvalidParam(p.veld(), p.code(), p.reden())).toList());
        }
        return verwerking.wijzigMetUitkomst(VASTLEGGEN, persoon.bsn(), v -> VrijstellingenEnOntheffingenRaadplegen
                .view(adviezen.save(new BioAdviesEntity(persoon.bsn().value(), gemeentecode,
                        new BioAdvies(advies, motivering, datum), v.nu()))));
    }
}
