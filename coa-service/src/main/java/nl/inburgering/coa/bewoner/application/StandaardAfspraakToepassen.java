package nl.inburgering.coa.bewoner.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.inburgering.coa.bewoner.domain.AfspraakPolicy;
import nl.inburgering.coa.bewoner.domain.Afspraakwijze;
import nl.inburgering.coa.bewoner.persistence.BewonerRepository;
import nl.inburgering.coa.bewoner.persistence.KoppelingEntity;
import nl.inburgering.coa.bewoner.persistence.KoppelingRepository;
import nl.inburgering.platform.logboek.Logboek;
import nl.inburgering.platform.logboek.Verwerkingsactiviteit;
import nl.inburgering.platform.persoon.Persoonsvergrendeling;

/**
 * Seed §3.3: "Indien er geen specifieke afspraken gemaakt worden, gaat COA er vanuit dat de gemeente betrokken is
 * bij de inburgering vanaf de datum inschrijving." Applied to one koppeling whose afspraaktermijn passed.
 */
@Service
public class StandaardAfspraakToepassen {

    static final Verwerkingsactiviteit TOEPASSEN = new Verwerkingsactiviteit(
            "https://inburgering.nl/verwerkingsactiviteiten/coa/standaard-afspraak-toepassen",
            "De standaardbetrokkenheid van de gemeente vastleggen als er geen afspraak is");

    private final KoppelingRepository koppelingen;
    private final BewonerRepository bewoners;
    private final AfspraakPolicy policy;
    private final Persoonsvergrendeling vergrendeling;
    private final Logboek logboek;
    private final Clock clock;

    StandaardAfspraakToepassen(KoppelingRepository koppelingen, BewonerRepository bewoners, AfspraakPolicy policy,
            Persoonsvergrendeling vergrendeling, Logboek logboek, Clock clock) {
        this.koppelingen = koppelingen;
        this.bewoners = bewoners;
        this.policy = policy;
        this.vergrendeling = vergrendeling;
        this.logboek = logboek;
        this.clock = clock;
    }

    /** Applies the standaard if it (still) applies: another instance or the gemeente may have been first. */
    @Transactional
    public boolean pasToe(UUID koppelingId) {
        String bsn = koppelingen.bsnVan(koppelingId).orElse(null);
        if (bsn == null) {
            return false;
        }
        vergrendeling.vergrendel(bsn);
        KoppelingEntity koppeling = koppelingen.findById(koppelingId).orElseThrow();
        if (!koppeling.isActueel() || !policy.standaardVanToepassing(koppeling.getAfspraakUiterlijk(),
                LocalDate.now(clock), koppeling.getAfgesprokenVariant())) {
            return false;
        }
        koppeling.afspraak(AfspraakPolicy.STANDAARD, Afspraakwijze.STANDAARD, clock.instant());
        logboek.leg(TOEPASSEN, bsn);
        return true;
    }

    /** The koppelingen whose termijn passed without an afspraak, oldest due first. */
    @Transactional(readOnly = true)
    public List<UUID> teBehandelen(int maximum) {
        return koppelingen.zonderAfspraakNaTermijn(LocalDate.now(clock),
                Limit.of(maximum));
    }
}
