package nl.inburgering.gemeente.pip.application;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.inburgering.gemeente.intake.api.VastgesteldePip;
import nl.inburgering.gemeente.pip.domain.Registratiestatus;
import nl.inburgering.gemeente.pip.persistence.PipEntity;
import nl.inburgering.gemeente.pip.persistence.PipRepository;
import nl.inburgering.platform.bsn.Bsn;

/**
 * The brede intake asks whether the PIP is already vastgesteld (then a new oproep makes no sense). A PIP DUO
 * rejected does not count: the caseworker must set a new one and may still need the inburgeraar for it.
 */
@Component
class PipVastgesteldBijGemeente implements VastgesteldePip {

    private final PipRepository pips;

    PipVastgesteldBijGemeente(PipRepository pips) {
        this.pips = pips;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean isVastgesteld(Bsn bsn, String gemeentecode) {
        return Registratiestatus.eenNietAfgewezen(pips.findByBsnAndGemeentecodeOrderByVolgnummerAsc(bsn.value(), gemeentecode)
                .stream().map(PipEntity::getStatus).toList());
    }
}
