package nl.inburgering.gemeente.inburgeraar.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.inburgering.gemeente.inburgeraar.api.EigenInburgeraar;
import nl.inburgering.gemeente.inburgeraar.api.Inburgeraar;
import nl.inburgering.gemeente.inburgeraar.api.Signaalmomenten;
import nl.inburgering.gemeente.inburgeraar.persistence.BeschikkingVoldaanEntity;
import nl.inburgering.gemeente.inburgeraar.persistence.BeschikkingVoldaanRepository;
import nl.inburgering.platform.logboek.Verwerkingsactiviteit;
import nl.inburgering.platform.verwerking.Persoonsverwerking;
import nl.inburgering.platform.web.ConflictException;
import nl.inburgering.platform.web.InvalidParam;
import nl.inburgering.platform.web.OngeldigeInvoerException;

/**
 * Seed §15.6: for the Z-route DUO's inburgeringscertificaat goes through the gemeente, which hands it over to the
 * inburgeraar. The klantmanager records the uitreiking; the task "certificaat uitreiken" then leaves the werkvoorraad.
 */
@Service
public class CertificaatUitreiken {

    static final Verwerkingsactiviteit UITREIKEN = new Verwerkingsactiviteit(
            "https://inburgering.nl/verwerkingsactiviteiten/gemeente/certificaat-uitreiken",
            "Uitreiking van het inburgeringscertificaat vastleggen");

    public static final String GEEN_CERTIFICAAT = "GEEN_CERTIFICAAT_OM_UIT_TE_REIKEN";
    public static final String AL_UITGEREIKT = "CERTIFICAAT_AL_UITGEREIKT";

    private final EigenInburgeraar eigenInburgeraar;
    private final BeschikkingVoldaanRepository beschikkingen;
    private final Persoonsverwerking verwerking;
    private final Signaalmomenten signaalmomenten;

    CertificaatUitreiken(EigenInburgeraar eigenInburgeraar, BeschikkingVoldaanRepository beschikkingen,
            Persoonsverwerking verwerking, Signaalmomenten signaalmomenten) {
        this.signaalmomenten = signaalmomenten;
        this.eigenInburgeraar = eigenInburgeraar;
        this.beschikkingen = beschikkingen;
        this.verwerking = verwerking;
    }

    /**
     * @throws OngeldigeInvoerException without a date, with a date in the future or before DUO's beschikking
     * @throws ConflictException        without DUO's beschikking with an inburgeringscertificaat, or when the
     *                                  uitreiking was recorded already
     */
    @Transactional
    public void handle(String gemeentecode, UUID inburgeraarId, LocalDate datumUitreiking) {
        Inburgeraar inburgeraar = eigenInburgeraar.vind(gemeentecode, inburgeraarId);
        signaalmomenten.bijwerken(inburgeraar.bsn()); // recomputed at commit, so only when it was recorded
        verwerking.wijzig(UITREIKEN, inburgeraar.bsn(), v -> {
            List<InvalidParam> problemen = new ArrayList<>();
            if (datumUitreiking == null) {
                problemen.add(new InvalidParam("datumUitreiking", "required", "De datum van de uitreiking ontbreekt."));
            } else if (datumUitreiking.isAfter(v.vandaag())) {
                problemen.add(new InvalidParam("datumUitreiking", "toekomst",
                        "De datum van de uitreiking ligt in de toekomst."));
            }
            BeschikkingVoldaanEntity beschikking = beschikkingen
                    .findByBsnAndGemeentecode(inburgeraar.bsn().value(), gemeentecode)
                    .filter(b -> BeschikkingVoldaanEntity.INBURGERINGSCERTIFICAAT.equals(b.getWaardepapier()))
                    .orElse(null);
            if (beschikking != null && datumUitreiking != null
                    && datumUitreiking.isBefore(beschikking.getDatumBeschikking())) {
                problemen.add(new InvalidParam("datumUitreiking", "voorBeschikking",
                        "De uitreiking ligt voor de beschikking voldaan van DUO (" + beschikking.getDatumBeschikking()
                                + ")."));
            }
            if (!problemen.isEmpty()) {
                throw new OngeldigeInvoerException(problemen);
            }
            if (beschikking == null) {
                throw new ConflictException(GEEN_CERTIFICAAT + ": DUO besliste (nog) niet dat deze inburgeraar de "
                        + "inburgeringsplicht met een inburgeringscertificaat voldeed.");
            }
            if (!beschikking.certificaatTeUitreiken()) {
                throw new ConflictException(AL_UITGEREIKT + ": het certificaat is op "
                        + beschikking.getCertificaatUitgereiktOp() + " uitgereikt.");
            }
            beschikking.certificaatUitgereikt(datumUitreiking, v.nu());
        });
    }
}
