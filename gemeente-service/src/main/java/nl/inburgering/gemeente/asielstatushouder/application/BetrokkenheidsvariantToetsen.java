package nl.inburgering.gemeente.asielstatushouder.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.inburgering.gemeente.asielstatushouder.api.Betrokkenheidsvariant;
import nl.inburgering.gemeente.asielstatushouder.domain.Betrokkenheid;
import nl.inburgering.gemeente.asielstatushouder.domain.BetrokkenheidPolicy;
import nl.inburgering.gemeente.asielstatushouder.domain.Koppelingstatus;
import nl.inburgering.gemeente.asielstatushouder.domain.VariantPolicy;
import nl.inburgering.gemeente.asielstatushouder.persistence.KlantprofielEntity;
import nl.inburgering.gemeente.asielstatushouder.persistence.KoppelingEntity;
import nl.inburgering.gemeente.asielstatushouder.persistence.KlantprofielRepository;
import nl.inburgering.gemeente.asielstatushouder.persistence.KoppelingRepository;
import nl.inburgering.gemeente.brp.api.Ingezetenen;
import nl.inburgering.platform.bsn.Bsn;

/**
 * Answers the brede intake and the PIP with the betrokkenheid the caseworker sees ({@link BetrokkenheidPolicy}) and
 * whether the person still lives in the AZC: an active koppeling to this gemeente, and neither a recorded vestiging
 * on it nor an inschrijving in the gemeente's BRP (the koppeling #14 and the verhuizing may arrive in any order).
 * Called within the caller's verwerking, under its lock and Logboek record.
 */
@Service
class BetrokkenheidsvariantToetsen implements Betrokkenheidsvariant {

    private final KoppelingRepository koppelingen;
    private final KlantprofielRepository klantprofielen;
    private final Ingezetenen ingezetenen;
    private final Clock clock;

    BetrokkenheidsvariantToetsen(KoppelingRepository koppelingen, KlantprofielRepository klantprofielen,
            Ingezetenen ingezetenen, Clock clock) {
        this.koppelingen = koppelingen;
        this.klantprofielen = klantprofielen;
        this.ingezetenen = ingezetenen;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<String> teVroeg(Bsn bsn, String gemeentecode, Stap stap) {
        Optional<KoppelingEntity> koppeling = koppelingen.findByBsnAndGemeentecodeAndStatus(bsn.value(), gemeentecode,
                Koppelingstatus.ACTIEF);
        if (koppeling.isEmpty() || koppeling.get().getGevestigdOp() != null
                || ingezetenen.isIngezeteneVan(bsn, gemeentecode)) {
            return Optional.empty();
        }
        List<KlantprofielEntity> historie = klantprofielen.findByBsnAndGemeentecodeOrderByVolgnummerAsc(bsn.value(),
                gemeentecode);
        Optional<KlantprofielEntity> actueel = historie.isEmpty() ? Optional.empty()
                : Optional.of(historie.get(historie.size() - 1));
        Betrokkenheid betrokkenheid = BetrokkenheidPolicy.bepaal(actueel.map(KlantprofielEntity::getAfgesprokenVariant),
                Optional.of(koppeling.get().getDatumKoppeling()), LocalDate.now(clock));
        return VariantPolicy.teVroeg(betrokkenheid.variant(), true, stap);
    }
}
