package nl.inburgering.duo.pip.application;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.inburgering.duo.inburgeringsplicht.persistence.InburgeringsplichtRepository;
import nl.inburgering.duo.pip.persistence.InburgeringstermijnRepository;
import nl.inburgering.duo.pip.persistence.PipRepository;
import nl.inburgering.duo.pip.persistence.TermijnhistorieRepository;
import nl.inburgering.platform.logboek.Logboek;
import nl.inburgering.platform.logboek.Verwerkingsactiviteit;

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

    private final InburgeringsplichtRepository plichten;
    private final PipRepository pips;
    private final InburgeringstermijnRepository termijnen;
    private final TermijnhistorieRepository historie;
    private final Logboek logboek;

    PipRaadplegen(InburgeringsplichtRepository plichten, PipRepository pips, InburgeringstermijnRepository termijnen, TermijnhistorieRepository historie,
            Logboek logboek) {
        this.plichten = plichten;
        this.pips = pips;
        this.termijnen = termijnen;
        this.historie = historie;
        this.logboek = logboek;
    }

    /** Whether DUO knows the person at all ("bekend in de administratie van DUO"); else the M2M APIs answer 404. */
    public boolean isBekend(String bsn) {
        return plichten.existsById(bsn);
    }

    /** The actuele PIP, of whatever gemeente delivered it (README "Raadplegen PIP"). */
    public Optional<ActuelePip> actuelePip(String bsn) {
        return pips.findFirstByBsnAndVerwijderdFalseOrderByIdDesc(bsn).map(pip -> {
            logboek.leg(PIP_RAADPLEGEN, bsn);
            return new ActuelePip(pip.alsPip(), pip.isIndicatorMagOpleidingAfmaken());
        });
    }

    /** The current termijn as its last mutation shows it. */
    public Optional<Termijnmutatie> actueleTermijn(String bsn) {
        return termijnhistorie(bsn).flatMap(mutaties -> mutaties.stream().reduce((eerder, later) -> later));
    }

    public Optional<List<Termijnmutatie>> termijnhistorie(String bsn) {
        if (!termijnen.existsById(bsn)) {
            return Optional.empty();
        }
        logboek.leg(TERMIJN_RAADPLEGEN, bsn);
        return Optional.of(historie.findByBsnOrderById(bsn).stream()
                .map(rij -> new Termijnmutatie(rij.getStartdatum(), rij.getEinddatum(), rij.getVerlengingsgrondcode(),
                        rij.getVerlengingsgrondomschrijving(), rij.getWijzigingsdatum()))
                .toList());
    }
}
