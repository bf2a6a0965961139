package nl.inburgering.gemeente.intake.application;

import nl.inburgering.platform.bsn.Bsn;
import nl.inburgering.platform.verwerking.Persoonsverwerking;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import nl.inburgering.gemeente.intake.persistence.AfspraakRepository;
import nl.inburgering.gemeente.intake.persistence.KlaargezetteToetsEntity;
import nl.inburgering.gemeente.intake.persistence.KlaargezetteToetsRepository;
import nl.inburgering.gemeente.intake.persistence.UitkomstEntity;
import nl.inburgering.gemeente.intake.persistence.UitkomstRepository;
import nl.inburgering.platform.logboek.Verwerkingsactiviteit;

/**
 * Stelseldienst #6 in (seed §4.2): DUO set a leerbaarheidstoets ready, or delivers its uitkomst. Kept by BSN and
 * gemeente, whether or not the inburgeringsplicht (#3) arrived yet; the brede intake joins them on read.
 */
@Service
public class LeerbaarheidstoetsOpnemenHandler {

    static final Verwerkingsactiviteit KLAARGEZET = new Verwerkingsactiviteit(
            "https://inburgering.nl/verwerkingsactiviteiten/gemeente/leerbaarheidstoets-klaargezet-ontvangen",
            "Klaargezette leerbaarheidstoets van DUO opnemen");
    static final Verwerkingsactiviteit UITKOMST = new Verwerkingsactiviteit(
            "https://inburgering.nl/verwerkingsactiviteiten/gemeente/leerbaarheidstoets-uitkomst-ontvangen",
            "Uitkomst van de leerbaarheidstoets van DUO opnemen");

    private final KlaargezetteToetsRepository klaargezet;
    private final UitkomstRepository uitkomsten;
    private final AfspraakRepository afspraken;
    private final Persoonsverwerking verwerking;

    LeerbaarheidstoetsOpnemenHandler(KlaargezetteToetsRepository klaargezet, UitkomstRepository uitkomsten,
            AfspraakRepository afspraken, Persoonsverwerking verwerking) {
        this.klaargezet = klaargezet;
        this.uitkomsten = uitkomsten;
        this.afspraken = afspraken;
        this.verwerking = verwerking;
    }

    /**
     * Runs in the inbox transaction of the event. DUO may deliver the same toets again (a new event id for the same
     * examennummer); it stays one toets, so an afspraak for it still counts. So does the first toets that the gemeente
     * already planned on the strength of the plicht (#3).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void handle(LeerbaarheidstoetsOpnemen.KlaargezetOntvangen toets) {
        verwerking.wijzig(KLAARGEZET, toets.bsn(), v -> {
            opnemen(toets, v.nu());
        });
    }

    private void opnemen(LeerbaarheidstoetsOpnemen.KlaargezetOntvangen toets, Instant nu) {
        String bsn = toets.bsn().value();
        // his toetsen in this gemeente (a few: the first and its herkansingen), read once for both questions
        List<KlaargezetteToetsEntity> zijne = klaargezet.findByBsnAndGemeentecodeOrderByVolgnummerAsc(bsn,
                toets.gemeentecode());
        if (toets.examennummer() != null
                && zijne.stream().anyMatch(t -> toets.examennummer().equals(t.getExamennummer()))) {
            return;
        }
        if (!toets.herkansing()) {
            Optional<KlaargezetteToetsEntity> uitPlicht = zijne.stream()
                    .filter(t -> t.isUitInburgeringsplicht() && t.getExamennummer() == null).findFirst();
            if (uitPlicht.isPresent()) { // the first toets, already planned from the plicht (#3): the same toets
                uitPlicht.get().aanvullen(toets.examennummer(), toets.datumKlaargezet());
                afspraken.findByKlaargezetVolgnummer(uitPlicht.get().getVolgnummer())
                        .forEach(afspraak -> afspraak.examennummer(toets.examennummer()));
                return;
            }
        }
        klaargezet.save(new KlaargezetteToetsEntity(bsn, toets.gemeentecode(), toets.examennummer(),
                toets.datumKlaargezet(), toets.herkansing(), nu));
    }

    /** Runs in the inbox transaction of the event. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void handle(LeerbaarheidstoetsOpnemen.UitkomstOntvangen uitkomst) {
        verwerking.wijzig(UITKOMST, uitkomst.bsn(), v -> {
            uitkomsten.save(new UitkomstEntity(uitkomst.bsn().value(), uitkomst.gemeentecode(),
                    uitkomst.resultaat(), uitkomst.behaaldeScore(), uitkomst.benodigdeScore(), uitkomst.datumAfname(),
                    v.nu()));
        });
    }
}
