package nl.inburgering.duo.dossier.application;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.inburgering.duo.dossier.api.Relevantie;
import nl.inburgering.duo.dossier.domain.RelevantiePolicy;
import nl.inburgering.duo.dossier.persistence.InburgeringsplichtRepository;
import nl.inburgering.duo.dossier.persistence.KoppelingRepository;
import nl.inburgering.duo.dossier.spi.PipRelevantie;
import nl.inburgering.duo.dossier.spi.PipRelevantie.PipGemeenten;
import nl.inburgering.platform.bsn.Bsn;

/**
 * The core answers the relevance question with what it holds (clauses 1 and 2: vestigingsgemeente and koppeling)
 * and what the PIP module contributes through {@link PipRelevantie} (clauses 3 and 4).
 */
@Service
@Transactional(readOnly = true)
class RelevantieBepalen implements Relevantie {

    private final InburgeringsplichtRepository plichten;
    private final KoppelingRepository koppelingen;
    private final List<PipRelevantie> pips;

    RelevantieBepalen(InburgeringsplichtRepository plichten, KoppelingRepository koppelingen,
            List<PipRelevantie> pips) {
        this.plichten = plichten;
        this.koppelingen = koppelingen;
        this.pips = pips;
    }

    @Override
    public boolean isRelevant(Bsn bsn, String gemeentecode) {
        return plichten.findById(bsn.value())
                .map(plicht -> RelevantiePolicy.isRelevant(persoon(bsn, plicht.getGemeentecode()), gemeentecode))
                .orElse(false);
    }

    @Override
    public boolean magWijzigen(Bsn bsn, String gemeentecode) {
        return plichten.findById(bsn.value())
                .map(plicht -> RelevantiePolicy.magWijzigen(persoon(bsn, plicht.getGemeentecode()), gemeentecode))
                .orElse(false);
    }

    private RelevantiePolicy.Persoon persoon(Bsn bsn, String gemeenteInschrijving) {
        PipGemeenten pip = pips.stream().map(p -> p.pipGemeenten(bsn)).findFirst().orElse(PipGemeenten.GEEN);
        return koppelingen.findById(bsn.value())
                .map(k -> new RelevantiePolicy.Persoon(gemeenteInschrijving, k.isInCoaLocatie(), k.getGemeentecode(),
                        pip.actuelePip(), pip.actueleJongerDanEenMaand(), pip.vorigePip()))
                .orElseGet(() -> new RelevantiePolicy.Persoon(gemeenteInschrijving, false, null, pip.actuelePip(),
                        pip.actueleJongerDanEenMaand(), pip.vorigePip()));
    }
}
