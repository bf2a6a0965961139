package nl.inburgering.gemeente.intake.application;

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

/**
 * The gemeente's handhaving op inspanning during the brede intake (seed §9.2). Its measures stay at the gemeente:
 * this class has no outbox on purpose, a boete is never delivered to DUO.
 */
@Service
public class HandhavingOpInspanning {

    static final Verwerkingsactiviteit HANDHAVEN = new Verwerkingsactiviteit(
            "https://inburgering.nl/verwerkingsactiviteiten/gemeente/handhaving-op-inspanning",
            "Handhaving op inspanning bij de brede intake: waarschuwing of boete opleggen");

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

    /** He did not appear (just recorded, in the caller's transaction): the policy decides what follows. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void nietVerschenen(String bsn, String gemeentecode) {
        int aantal = aantalKeerNietVerschenen(bsn, gemeentecode);
        boolean gewaarschuwd = handhaving.existsByBsnAndGemeentecodeAndMaatregel(bsn, gemeentecode,
                Maatregel.WAARSCHUWING);
        BredeIntakeHandhavingPolicy.naNietVerschijnen(aantal, gewaarschuwd, regels).ifPresent(besluit -> {
            logboek.leg(HANDHAVEN, bsn);
            handhaving.save(new HandhavingEntity(bsn, gemeentecode, besluit.maatregel(), LocalDate.now(clock),
                    besluit.bedrag(), besluit.reden(), clock.instant()));
        });
    }
}
