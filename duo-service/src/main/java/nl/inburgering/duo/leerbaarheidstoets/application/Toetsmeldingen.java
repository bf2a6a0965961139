package nl.inburgering.duo.leerbaarheidstoets.application;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.stereotype.Component;

import nl.inburgering.duo.leerbaarheidstoets.domain.LeerbaarheidstoetsKlaargezet;
import nl.inburgering.duo.leerbaarheidstoets.domain.LeerbaarheidstoetsUitkomstPolicy;
import nl.inburgering.duo.leerbaarheidstoets.domain.LeerbaarheidstoetsUitkomstVastgesteld;
import nl.inburgering.duo.leerbaarheidstoets.domain.Uitkomst;
import nl.inburgering.duo.leerbaarheidstoets.persistence.ToetsEntity;
import nl.inburgering.platform.verwerking.Verwerking;

/**
 * The two events of stelseldienst #6, always within the caller's verwerking with the change of the toets:
 * a toets set ready for a gemeente, and the uitkomst once the toets is complete.
 */
@Component
class Toetsmeldingen {

    private final Toetsnormering normering;

    Toetsmeldingen(Toetsnormering normering) {
        this.normering = normering;
    }

    void klaargezet(Verwerking verwerking, ToetsEntity toets, String gemeentecode, Instant signaal) {
        toets.gemeldAan(gemeentecode, verwerking.nu());
        verwerking.publiceer(new LeerbaarheidstoetsKlaargezet(verwerking.bsn(), gemeentecode,
                LocalDate.ofInstant(toets.getKlaargezetOp(), verwerking.klok().getZone()), toets.isHerkansing(),
                toets.getExamennummer()), signaal);
    }

    /**
     * Delivers the uitkomst when both halves are in (the ordentelijke verklaring and the uitslag, in either
     * order), exactly once: the toets is then AFGEROND and never ready again.
     *
     * @return whether the uitkomst was delivered now
     */
    boolean uitkomstAlsCompleet(Verwerking verwerking, ToetsEntity toets) {
        if (!toets.isGereedVoorUitkomst()) {
            return false;
        }
        Uitkomst uitkomst = LeerbaarheidstoetsUitkomstPolicy.bepaal(toets.behaaldeScore(), normering.benodigdeScore());
        toets.afgerond(uitkomst, verwerking.nu());
        LocalDate dagVanDeToets = toets.getDatumAfname(); // #6 counts its 2 days from the day of the toets
        verwerking.publiceer(new LeerbaarheidstoetsUitkomstVastgesteld(verwerking.bsn(), toets.getVerklaardDoor(),
                uitkomst, toets.getDatumAfname()), dagVanDeToets);
        return true;
    }
}
