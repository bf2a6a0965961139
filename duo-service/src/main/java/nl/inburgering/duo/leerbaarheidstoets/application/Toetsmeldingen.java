package nl.inburgering.duo.leerbaarheidstoets.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import nl.inburgering.contracts.common.LeerbaarheidstoetsResultaat;
import nl.inburgering.contracts.event.LeerbaarheidstoetsKlaargezet;
import nl.inburgering.contracts.event.LeerbaarheidstoetsUitkomstVastgesteld;
import nl.inburgering.duo.leerbaarheidstoets.domain.LeerbaarheidstoetsUitkomstPolicy;
import nl.inburgering.duo.leerbaarheidstoets.domain.Score;
import nl.inburgering.duo.leerbaarheidstoets.domain.Uitkomst;
import nl.inburgering.duo.leerbaarheidstoets.persistence.ToetsEntity;
import nl.inburgering.platform.outbox.Outbox;

/**
 * The two events of stelseldienst #6, always in the caller's transaction with the change of the toets:
 * a toets set ready for a gemeente, and the uitkomst once the toets is complete.
 */
@Component
class Toetsmeldingen {

    private final Outbox outbox;
    private final Toetsnormering normering;
    private final Clock clock;

    Toetsmeldingen(Outbox outbox, Toetsnormering normering, Clock clock) {
        this.outbox = outbox;
        this.normering = normering;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void klaargezet(ToetsEntity toets, String gemeentecode, Instant signaal) {
        toets.gemeldAan(gemeentecode, clock.instant());
        outbox.publiceer(toets.getBsn(), LeerbaarheidstoetsKlaargezet.newBuilder()
                .setBsn(toets.getBsn())
                .setGemeentecode(gemeentecode)
                .setDatumKlaargezet(LocalDate.ofInstant(toets.getKlaargezetOp(), clock.getZone()))
                .setHerkansing(toets.isHerkansing())
                .setExamennummer(toets.getExamennummer())
                .build(), signaal);
    }

    /**
     * Delivers the uitkomst when both halves are in (the ordentelijke verklaring and the uitslag, in either
     * order), exactly once: the toets is then AFGEROND and never ready again.
     *
     * @return whether the uitkomst was delivered now
     */
    @Transactional(propagation = Propagation.MANDATORY)
    boolean uitkomstAlsCompleet(ToetsEntity toets) {
        if (!toets.isGereedVoorUitkomst()) {
            return false;
        }
        Uitkomst uitkomst = LeerbaarheidstoetsUitkomstPolicy.bepaal(toets.behaaldeScore(), normering.benodigdeScore());
        toets.afgerond(uitkomst, clock.instant());
        LocalDate dagVanDeToets = toets.getDatumAfname(); // #6 counts its 2 days from the day of the toets
        outbox.publiceer(toets.getBsn(), LeerbaarheidstoetsUitkomstVastgesteld.newBuilder()
                .setBsn(toets.getBsn())
                .setGemeentecode(toets.getVerklaardDoor())
                .setResultaat(LeerbaarheidstoetsResultaat.valueOf(uitkomst.resultaat().name()))
                .setBehaaldeScore(uitkomst.behaaldeScore().map(Score::tekst).orElse(null))
                .setBenodigdeScore(uitkomst.benodigdeScore().tekst())
                .setDatumAfname(toets.getDatumAfname())
                .build(), dagVanDeToets);
        return true;
    }
}
