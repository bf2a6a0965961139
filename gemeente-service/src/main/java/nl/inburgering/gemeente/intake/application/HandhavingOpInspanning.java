package nl.inburgering.gemeente.intake.application;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import nl.inburgering.gemeente.intake.domain.BredeIntakeHandhavingPolicy;
import nl.inburgering.gemeente.intake.domain.Maatregel;
import nl.inburgering.gemeente.intake.persistence.AfspraakRepository;
import nl.inburgering.gemeente.intake.persistence.HandhavingEntity;
import nl.inburgering.gemeente.intake.persistence.HandhavingRepository;
import nl.inburgering.gemeente.intake.persistence.OproepRepository;
import nl.inburgering.platform.logboek.Logboek;
import nl.inburgering.platform.logboek.Verwerkingsactiviteit;
import nl.inburgering.platform.web.ConflictException;
import nl.inburgering.platform.web.OngeldigeInvoerException;

/**
 * The gemeente's handhaving op inspanning during the brede intake (seed §9.2). Its measures stay at the gemeente:
 * this class has no outbox on purpose, a boete is never delivered to DUO.
 */
@Service
public class HandhavingOpInspanning {

    static final Verwerkingsactiviteit HANDHAVEN = new Verwerkingsactiviteit(
            "https://inburgering.nl/verwerkingsactiviteiten/gemeente/handhaving-op-inspanning",
            "Handhaving op inspanning bij de brede intake: waarschuwing of boete opleggen");

    static final String GEEN_GROND_VOOR_BOETE = "Een boete kan pas na " + BredeIntakeHandhavingPolicy.DREMPEL_NIET_VERSCHENEN
            + " keer niet meewerken aan de brede intake, en één per keer niet verschijnen vanaf de derde.";

    private final OproepRepository oproepen;
    private final AfspraakRepository afspraken;
    private final HandhavingRepository handhaving;
    private final BredeIntakeHandhavingPolicy.Regels regels;
    private final Logboek logboek;
    private final Clock clock;

    HandhavingOpInspanning(OproepRepository oproepen, AfspraakRepository afspraken, HandhavingRepository handhaving,
            BredeIntakeHandhavingPolicy.Regels regels, Logboek logboek, Clock clock) {
        this.oproepen = oproepen;
        this.afspraken = afspraken;
        this.handhaving = handhaving;
        this.regels = regels;
        this.logboek = logboek;
        this.clock = clock;
    }

    /** Oproepen he missed plus planned leerbaarheidstoetsen he did not join, in this gemeente. */
    @Transactional(propagation = Propagation.MANDATORY)
    public int aantalKeerNietVerschenen(String bsn, String gemeentecode) {
        return Math.toIntExact(oproepen.countByBsnAndGemeentecodeAndVerschenenFalse(bsn, gemeentecode)
                + afspraken.countByBsnAndGemeentecodeAndVerschenenFalse(bsn, gemeentecode));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public int aantalBoetes(String bsn, String gemeentecode) {
        return Math.toIntExact(handhaving.countByBsnAndGemeentecodeAndMaatregel(bsn, gemeentecode, Maatregel.BOETE));
    }

    /** He did not appear (just recorded, in the caller's transaction): the policy decides what follows by itself. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void nietVerschenen(String bsn, String gemeentecode) {
        BredeIntakeHandhavingPolicy.naNietVerschijnen(aantalKeerNietVerschenen(bsn, gemeentecode))
                .ifPresent(besluit -> leg(bsn, gemeentecode, besluit));
    }

    /**
     * The caseworker imposes a boete (in the caller's transaction, the person locked).
     *
     * @throws OngeldigeInvoerException for a bedrag that is not a positive amount or above the maximum
     * @throws ConflictException        when there is no (further) ground for a boete
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void legBoeteOp(String bsn, String gemeentecode, BigDecimal bedrag) {
        BredeIntakeHandhavingPolicy.Boetebeslissing beslissing = BredeIntakeHandhavingPolicy.boete(
                aantalKeerNietVerschenen(bsn, gemeentecode), aantalBoetes(bsn, gemeentecode), bedrag, regels);
        Invoer.controleer(beslissing.ongeldig());
        if (beslissing.nietToegestaan()) {
            throw new ConflictException(GEEN_GROND_VOOR_BOETE);
        }
        leg(bsn, gemeentecode, beslissing.besluit());
    }

    private void leg(String bsn, String gemeentecode, BredeIntakeHandhavingPolicy.Besluit besluit) {
        logboek.leg(HANDHAVEN, bsn);
        handhaving.save(new HandhavingEntity(bsn, gemeentecode, besluit.maatregel(), LocalDate.now(clock),
                besluit.bedrag(), besluit.reden(), clock.instant()));
    }
}
