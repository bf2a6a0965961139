package nl.inburgering.coa.bewoner.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.inburgering.coa.bewoner.domain.AfspraakPolicy;
import nl.inburgering.coa.bewoner.domain.Afspraakwijze;
import nl.inburgering.coa.bewoner.persistence.KoppelingEntity;
import nl.inburgering.coa.bewoner.persistence.KoppelingRepository;
import nl.inburgering.platform.bsn.Bsn;
import nl.inburgering.platform.logboek.Verwerkingsactiviteit;
import nl.inburgering.platform.verwerking.Persoonsverwerking;

/**
 * Seed §3.3: "Indien er geen specifieke afspraken gemaakt worden, gaat COA er vanuit dat de gemeente betrokken is
 * bij de inburgering vanaf de datum inschrijving." Applied to one koppeling whose afspraaktermijn passed.
 */
@Service
public class StandaardAfspraakToepassenHandler {

    static final Verwerkingsactiviteit TOEPASSEN = new Verwerkingsactiviteit(
            "https://inburgering.nl/verwerkingsactiviteiten/coa/standaard-afspraak-toepassen",
            "De standaardbetrokkenheid van de gemeente vastleggen als er geen afspraak is");

    private final KoppelingRepository koppelingen;
    private final AfspraakPolicy policy;
    private final Persoonsverwerking persoonsverwerking;
    private final Clock clock;

    StandaardAfspraakToepassenHandler(KoppelingRepository koppelingen, AfspraakPolicy policy,
            Persoonsverwerking persoonsverwerking, Clock clock) {
        this.koppelingen = koppelingen;
        this.policy = policy;
        this.persoonsverwerking = persoonsverwerking;
        this.clock = clock;
    }

    /**
     * Applies the standaard if it (still) applies: another instance or the gemeente may have been first; then
     * nothing is processed or recorded.
     */
    @Transactional
    public boolean handle(StandaardAfspraakToepassen command) {
        Optional<Bsn> bsn = koppelingen.bsnVanKoppeling(command.koppelingId());
        if (bsn.isEmpty()) {
            return false;
        }
        return persoonsverwerking.wijzigAlsBekend(TOEPASSEN, bsn.get(), persoon -> {
            KoppelingEntity koppeling = koppelingen.findById(command.koppelingId()).orElseThrow();
            return koppeling.isActueel() && policy.standaardVanToepassing(koppeling.getAfspraakUiterlijk(),
                    LocalDate.now(clock), koppeling.getAfgesprokenVariant());
        }, verwerking -> koppelingen.findById(command.koppelingId()).orElseThrow()
                .afspraak(AfspraakPolicy.STANDAARD, Afspraakwijze.STANDAARD, verwerking.nu()));
    }

    /** The koppelingen whose termijn passed without an afspraak, oldest due first. */
    @Transactional(readOnly = true)
    public List<UUID> teBehandelen(int maximum) {
        return koppelingen.zonderAfspraakNaTermijn(LocalDate.now(clock), Limit.of(maximum));
    }
}
