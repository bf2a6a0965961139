package nl.inburgering.gemeente.intake.application;

import java.math.BigDecimal;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import nl.inburgering.gemeente.intake.domain.BredeIntakeHandhavingPolicy;
import nl.inburgering.gemeente.intake.domain.Maatregel;
import nl.inburgering.gemeente.intake.persistence.AfspraakRepository;
import nl.inburgering.gemeente.intake.persistence.HandhavingEntity;
import nl.inburgering.gemeente.intake.persistence.HandhavingRepository;
import nl.inburgering.gemeente.intake.persistence.OproepRepository;
import nl.inburgering.platform.bsn.Bsn;
import nl.inburgering.platform.logboek.Verwerkingsactiviteit;
import nl.inburgering.platform.verwerking.Persoonsverwerking;
import nl.inburgering.platform.verwerking.Verwerking;
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
    private final Persoonsverwerking verwerking;

    HandhavingOpInspanning(OproepRepository oproepen, AfspraakRepository afspraken, HandhavingRepository handhaving,
            BredeIntakeHandhavingPolicy.Regels regels, Persoonsverwerking verwerking) {
        this.oproepen = oproepen;
        this.afspraken = afspraken;
        this.handhaving = handhaving;
        this.regels = regels;
        this.verwerking = verwerking;
    }

    /** Oproepen he missed plus planned leerbaarheidstoetsen he did not join, in this gemeente. */
    @Transactional(propagation = Propagation.MANDATORY)
    public int aantalKeerNietVerschenen(Bsn bsn, String gemeentecode) {
        return Math.toIntExact(oproepen.countByBsnAndGemeentecodeAndVerschenenFalse(bsn.value(), gemeentecode)
                + afspraken.countByBsnAndGemeentecodeAndVerschenenFalse(bsn.value(), gemeentecode));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public int aantalBoetes(Bsn bsn, String gemeentecode) {
        return Math.toIntExact(handhaving.countByBsnAndGemeentecodeAndMaatregel(bsn.value(), gemeentecode,
                Maatregel.BOETE));
    }

    /** He did not appear (just recorded, in the caller's transaction): the policy decides what follows by itself. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void nietVerschenen(Bsn bsn, String gemeentecode) {
        BredeIntakeHandhavingPolicy.naNietVerschijnen(aantalKeerNietVerschenen(bsn, gemeentecode))
                .ifPresent(besluit -> verwerking.wijzig(HANDHAVEN, bsn, v -> {
                    leg(bsn, gemeentecode, besluit, v);
                }));
    }

    /**
     * The caseworker imposes a boete (in the caller's transaction, the person locked).
     *
     * @throws OngeldigeInvoerException for a bedrag that is not a positive amount or above the maximum
     * @throws ConflictException        when there is no (further) ground for a boete
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void legBoeteOp(Bsn bsn, String gemeentecode, BigDecimal bedrag) {
        AtomicReference<BredeIntakeHandhavingPolicy.Besluit> besluit = new AtomicReference<>();
        // checked under the lock, before the Logboek record: two caseworkers at once impose one boete per ground
        verwerking.wijzigAlsBekend(HANDHAVEN, bsn, b -> {
            BredeIntakeHandhavingPolicy.Boetebeslissing beslissing = BredeIntakeHandhavingPolicy.boete(
                    aantalKeerNietVerschenen(bsn, gemeentecode), aantalBoetes(bsn, gemeentecode), bedrag, regels);
            Invoer.controleer(beslissing.ongeldig());
            if (beslissing.nietToegestaan()) {
                throw new ConflictException(GEEN_GROND_VOOR_BOETE);
            }
            besluit.set(beslissing.besluit());
            return true;
        }, v -> leg(bsn, gemeentecode, besluit.get(), v));
    }

    /** A waarschuwing or boete stays in the gemeente (seed §9.2): nothing is published. */
    private void leg(Bsn bsn, String gemeentecode, BredeIntakeHandhavingPolicy.Besluit besluit, Verwerking v) {
        handhaving.save(new HandhavingEntity(bsn.value(), gemeentecode, besluit.maatregel(), v.vandaag(),
                besluit.bedrag(), besluit.reden(), v.nu()));
    }
}
