package nl.inburgering.gemeente.intake.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import nl.inburgering.gemeente.intake.persistence.AfspraakRepository;
import nl.inburgering.gemeente.intake.persistence.KlaargezetteToetsEntity;
import nl.inburgering.gemeente.intake.persistence.KlaargezetteToetsRepository;
import nl.inburgering.gemeente.intake.persistence.UitkomstEntity;
import nl.inburgering.gemeente.intake.persistence.UitkomstRepository;
import nl.inburgering.platform.logboek.Logboek;
import nl.inburgering.platform.logboek.Verwerkingsactiviteit;
import nl.inburgering.platform.persoon.Persoonsvergrendeling;

/**
 * Stelseldienst #6 in (seed §4.2): DUO set a leerbaarheidstoets ready, or delivers its uitkomst. Kept by BSN and
 * gemeente, whether or not the inburgeringsplicht (#3) arrived yet; the brede intake joins them on read.
 */
@Service
public class LeerbaarheidstoetsOpnemen {

    static final Verwerkingsactiviteit KLAARGEZET = new Verwerkingsactiviteit(
            "https://inburgering.nl/verwerkingsactiviteiten/gemeente/leerbaarheidstoets-klaargezet-ontvangen",
            "Klaargezette leerbaarheidstoets van DUO opnemen");
    static final Verwerkingsactiviteit UITKOMST = new Verwerkingsactiviteit(
            "https://inburgering.nl/verwerkingsactiviteiten/gemeente/leerbaarheidstoets-uitkomst-ontvangen",
            "Uitkomst van de leerbaarheidstoets van DUO opnemen");

    public record KlaargezetOntvangen(String bsn, String gemeentecode, LocalDate datumKlaargezet, boolean herkansing,
            String examennummer) {
    }

    public record UitkomstOntvangen(String bsn, String gemeentecode, String resultaat, String behaaldeScore,
            String benodigdeScore, LocalDate datumAfname) {
    }

    private final KlaargezetteToetsRepository klaargezet;
    private final UitkomstRepository uitkomsten;
    private final AfspraakRepository afspraken;
    private final Persoonsvergrendeling vergrendeling;
    private final Logboek logboek;
    private final Clock clock;

    LeerbaarheidstoetsOpnemen(KlaargezetteToetsRepository klaargezet, UitkomstRepository uitkomsten,
            AfspraakRepository afspraken, Persoonsvergrendeling vergrendeling, Logboek logboek, Clock clock) {
        this.klaargezet = klaargezet;
        this.uitkomsten = uitkomsten;
        this.afspraken = afspraken;
        this.vergrendeling = vergrendeling;
        this.logboek = logboek;
        this.clock = clock;
    }

    /**
     * Runs in the inbox transaction of the event. DUO may deliver the same toets again (a new event id for the same
     * examennummer); it stays one toets, so an afspraak for it still counts. So does the first toets that the gemeente
     * already planned on the strength of the plicht (#3).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void klaargezet(KlaargezetOntvangen toets) {
        vergrendeling.vergrendel(toets.bsn());
        logboek.leg(KLAARGEZET, toets.bsn());
        if (toets.examennummer() != null && klaargezet.existsByBsnAndGemeentecodeAndExamennummer(toets.bsn(),
                toets.gemeentecode(), toets.examennummer())) {
            return;
        }
        if (!toets.herkansing()) {
            Optional<KlaargezetteToetsEntity> uitPlicht = klaargezet
                    .findFirstByBsnAndGemeentecodeAndUitInburgeringsplichtTrueAndExamennummerIsNull(toets.bsn(),
                            toets.gemeentecode());
            if (uitPlicht.isPresent()) { // the first toets, already planned from the plicht (#3): the same toets
                uitPlicht.get().aanvullen(toets.examennummer(), toets.datumKlaargezet());
                afspraken.findByKlaargezetVolgnummer(uitPlicht.get().getVolgnummer())
                        .forEach(afspraak -> afspraak.examennummer(toets.examennummer()));
                return;
            }
        }
        klaargezet.save(new KlaargezetteToetsEntity(toets.bsn(), toets.gemeentecode(), toets.examennummer(),
                toets.datumKlaargezet(), toets.herkansing(), clock.instant()));
    }

    /** Runs in the inbox transaction of the event. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void uitkomst(UitkomstOntvangen uitkomst) {
        vergrendeling.vergrendel(uitkomst.bsn());
        logboek.leg(UITKOMST, uitkomst.bsn());
        uitkomsten.save(new UitkomstEntity(uitkomst.bsn(), uitkomst.gemeentecode(), uitkomst.resultaat(),
                uitkomst.behaaldeScore(), uitkomst.benodigdeScore(), uitkomst.datumAfname(), clock.instant()));
    }
}
