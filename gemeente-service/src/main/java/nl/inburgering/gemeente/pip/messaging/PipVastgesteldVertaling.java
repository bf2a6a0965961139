package nl.inburgering.gemeente.pip.messaging;

import org.springframework.stereotype.Component;

import nl.inburgering.contracts.event.PipVastgesteld;
import nl.inburgering.gemeente.pip.domain.PipVastgesteldDoorGemeente;
import nl.inburgering.platform.outbox.UitgaandeVertaling;

/** #16 out: a first PIP as the contract's PipVastgesteld. */
@Component
class PipVastgesteldVertaling implements UitgaandeVertaling<PipVastgesteldDoorGemeente, PipVastgesteld> {

    @Override
    public PipVastgesteld vertaal(PipVastgesteldDoorGemeente event) {
        return PipVastgesteld.newBuilder().setBsn(event.bsn().value()).setGemeentecode(event.gemeentecode())
                .setPip(PipContractVertaling.pipGegevens(event.pip())).build();
    }
}
