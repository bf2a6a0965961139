package nl.inburgering.duo.pip.application;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.inburgering.duo.dossier.api.Dossiers;
import nl.inburgering.duo.pip.persistence.InburgeringstermijnRepository;
import nl.inburgering.duo.pip.persistence.PipRepository;
import nl.inburgering.duo.pip.persistence.TermijnhistorieRepository;
import nl.inburgering.platform.bsn.Bsn;
import nl.inburgering.platform.logboek.Verwerkingsactiviteit;
import nl.inburgering.platform.verwerking.Persoonsverwerking;

/** Read side of the M2M PIP and Inburgeringstermijn APIs; empty when DUO has nothing for the person. */
@Service
@Transactional(readOnly = true)
public class PipRaadplegen {

    static final Verwerkingsactiviteit PIP_RAADPLEGEN = new Verwerkingsactiviteit(
            "https://inburgering.nl/verwerkingsactiviteiten/duo/pip-raadplegen-m2m",
            "PIP raadplegen door een gemeente (M2M)");
    static final Verwerkingsactiviteit TERMIJN_RAADPLEGEN = new Verwerkingsactiviteit(
            "https://inburgering.nl/verwerkingsactiviteiten/duo/inburgeringstermijn-raadplegen-m2m",
            "Inburgeringstermijn raadplegen door een gemeente (M2M)");

    private final Dossiers dossiers;
    private final PipRepository pips;
    private final InburgeringstermijnRepository termijnen;
    private final TermijnhistorieRepository historie;
    private final Persoonsverwerking verwerking;

    PipRaadplegen(Dossiers dossiers, PipRepository pips, InburgeringstermijnRepository termijnen,
            TermijnhistorieRepository historie, Persoonsverwerking verwerking) {
        this.dossiers = dossiers;
        this.pips = pips;
        this.termijnen = termijnen;
        this.historie = historie;
        this.verwerking = verwerking;
    }

    /** Whether DUO knows the person at all ("bekend in de administratie van DUO"); else the M2M APIs answer 404. */
    public boolean isBekend(Bsn bsn) {
        return dossiers.isBekend(bsn);
    }

    /** The actuele PIP, of whatever gemeente delivered it (README "Raadplegen PIP"). */
    public Optional<ActuelePip> actuelePip(Bsn bsn) {
        return pips.findFirstByBsnAndVerwijderdFalseOrderByIdDesc(bsn.value()).map(pip -> verwerking
                .raadpleeg(PIP_RAADPLEGEN, bsn, () -> new ActuelePip(pip.alsPip(), pip.isIndicatorMagOpleidingAfmaken())));
    }

    /** The current termijn as its last mutation shows it. */
    public Optional<Termijnmutatie> actueleTermijn(Bsn bsn) {
        return termijnhistorie(bsn).flatMap(mutaties -> mutaties.stream().reduce((eerder, later) -> later));
    }

    public Optional<List<Termijnmutatie>> termijnhistorie(Bsn bsn) {
        if (!termijnen.existsById(bsn.value())) {
            return Optional.empty();
        }
        return Optional.of(verwerking.raadpleeg(TERMIJN_RAADPLEGEN, bsn, () -> historie.findByBsnOrderById(bsn.value())
                .stream()
                .map(rij -> new Termijnmutatie(rij.getStartdatum(), rij.getEinddatum(), rij.getVerlengingsgrondcode(),
                        rij.getVerlengingsgrondomschrijving(), rij.getWijzigingsdatum()))
                .toList()));
    }
}
