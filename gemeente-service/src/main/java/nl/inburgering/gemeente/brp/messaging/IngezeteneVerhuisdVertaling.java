package nl.inburgering.gemeente.brp.messaging;

import org.springframework.stereotype.Component;

import nl.inburgering.contracts.event.IngezeteneVerhuisd;
import nl.inburgering.platform.outbox.UitgaandeVertaling;

/** BRP out: a verhuizing as the contract's IngezeteneVerhuisd. */
@Component
class IngezeteneVerhuisdVertaling
        implements UitgaandeVertaling<nl.inburgering.gemeente.brp.domain.IngezeteneVerhuisd, IngezeteneVerhuisd> {

    @Override
    public IngezeteneVerhuisd vertaal(nl.inburgering.gemeente.brp.domain.IngezeteneVerhuisd event) {
        return IngezeteneVerhuisd.newBuilder()
                .setBsn(event.bsn().value())
                .setGemeentecodeOud(event.gemeentecodeOud())
                .setGemeentecodeNieuw(event.gemeentecodeNieuw())
                .setDatumVerhuizing(event.datumVerhuizing())
                .build();
    }
}
