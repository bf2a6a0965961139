package nl.inburgering.duo.pip.application;

import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.inburgering.duo.pip.api.PipFeiten;
import nl.inburgering.duo.pip.domain.Pip;
import nl.inburgering.duo.pip.persistence.InburgeringstermijnRepository;
import nl.inburgering.duo.pip.persistence.PipRepository;
import nl.inburgering.platform.bsn.Bsn;

/** {@link PipFeiten} from the PIPs and termijnen DUO registered; read within the caller's verwerking. */
@Component
@Transactional(readOnly = true)
class PipFeitenVanDeRegistratie implements PipFeiten {

    private final PipRepository pips;
    private final InburgeringstermijnRepository termijnen;

    PipFeitenVanDeRegistratie(PipRepository pips, InburgeringstermijnRepository termijnen) {
        this.pips = pips;
        this.termijnen = termijnen;
    }

    @Override
    public Optional<ActuelePip> actuelePip(Bsn bsn) {
        return pips.findFirstByBsnAndVerwijderdFalseOrderByIdDesc(bsn.value()).map(entity -> {
            Pip pip = entity.alsPip();
            return new ActuelePip(pip.gemeentecode(), Leerroute.valueOf(pip.leerroute().name()),
                    pip.niveau() == null ? null : Niveau.valueOf(pip.niveau().name()));
        });
    }

    @Override
    public Optional<Termijn> inburgeringstermijn(Bsn bsn) {
        return termijnen.findById(bsn.value()).map(t -> new Termijn(t.getStartdatum(), t.getEinddatum()));
    }

    @Override
    public java.util.List<DoorlooptijdTotPip> doorlooptijdenTotPip() {
        return termijnen.doorlooptijdenTotPip().stream()
                .map(rij -> new DoorlooptijdTotPip((String) rij[0], ((Number) rij[1]).longValue(),
                        new java.math.BigDecimal(rij[2].toString())))
                .toList();
    }
}
