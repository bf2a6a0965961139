package nl.inburgering.duo.szw.application;

import java.net.URI;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.inburgering.duo.szw.domain.GeteldeLeveringsafspraken;
import nl.inburgering.duo.szw.persistence.LeveringsafsprakenRegister;

/**
 * Takes the delivery agreements another partner counted (IND, COA, a gemeente, an instelling) into SZW's chain report
 * (decision 0042, addendum): per producing system and chain day the latest publication. Counts only, so no verwerking
 * of personal data and no Logboek record.
 */
@Service
public class PartnerLeveringsafspraken {

    private static final Logger log = LoggerFactory.getLogger(PartnerLeveringsafspraken.class);

    private final LeveringsafsprakenRegister register;

    PartnerLeveringsafspraken(LeveringsafsprakenRegister register) {
        this.register = register;
    }

    /** @param bron the producing system (the CloudEvents source) */
    @Transactional
    public void ontvang(URI bron, GeteldeLeveringsafspraken publicatie) {
        int dagen = register.vervang(bron.toString(), publicatie);
        log.info("Leveringsafspraken van {} ({}) geteld op {}: {} van de dagen {} tot {} overgenomen",
                publicatie.producent(), bron, publicatie.geteldOp(), dagen, publicatie.vanaf(), publicatie.tot());
    }
}
