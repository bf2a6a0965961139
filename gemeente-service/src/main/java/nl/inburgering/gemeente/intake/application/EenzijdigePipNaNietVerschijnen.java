package nl.inburgering.gemeente.intake.application;

import nl.inburgering.gemeente.intake.api.EenzijdigePip;
import nl.inburgering.platform.bsn.Bsn;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import nl.inburgering.gemeente.intake.domain.BredeIntakeHandhavingPolicy;

/**
 * The brede intake's answer to the PIP feature: from the third time he did not appear the gemeente may set the PIP
 * unilaterally (seed §4.2). The caller's use case records the Logboek entry of its own processing.
 */
@Service
class EenzijdigePipNaNietVerschijnen implements EenzijdigePip {

    private final HandhavingOpInspanning handhaving;

    EenzijdigePipNaNietVerschijnen(HandhavingOpInspanning handhaving) {
        this.handhaving = handhaving;
    }

    @Override
    @Transactional(propagation = Propagation.REQUIRED, readOnly = true)
    public boolean isToegestaan(Bsn bsn, String gemeentecode) {
        return BredeIntakeHandhavingPolicy.pipEenzijdigToegestaan(
                handhaving.aantalKeerNietVerschenen(bsn, gemeentecode));
    }
}
