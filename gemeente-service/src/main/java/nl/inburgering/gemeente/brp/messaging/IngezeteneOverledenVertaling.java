package nl.inburgering.gemeente.brp.messaging;

import org.springframework.stereotype.Component;

import nl.inburgering.contracts.event.IngezeteneOverleden;
import nl.inburgering.platform.outbox.UitgaandeVertaling;

/** BRP out: an overlijden as the contract's IngezeteneOverleden. */
@Component
class IngezeteneOverledenVertaling
        implements UitgaandeVertaling<nl.inburgering.gemeente.brp.domain.IngezeteneOverleden, IngezeteneOverleden> {

    @Override
    public IngezeteneOverleden vertaal(nl.inburgering.gemeente.brp.domain.IngezeteneOverleden event) {
        return IngezeteneOverleden.newBuilder()
                .setBsn(event.bsn().value())
                .setGemeentecode(event.gemeentecode())
                .setDatumOverlijden(event.datumOverlijden())
                .build();
    }
}
