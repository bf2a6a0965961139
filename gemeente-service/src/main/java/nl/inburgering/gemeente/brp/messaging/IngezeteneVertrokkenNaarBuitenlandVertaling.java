package nl.inburgering.gemeente.brp.messaging;

import org.springframework.stereotype.Component;

import nl.inburgering.contracts.event.IngezeteneVertrokkenNaarBuitenland;
import nl.inburgering.platform.outbox.UitgaandeVertaling;

/** BRP out: a vertrek naar het buitenland as the contract's IngezeteneVertrokkenNaarBuitenland. */
@Component
class IngezeteneVertrokkenNaarBuitenlandVertaling implements UitgaandeVertaling<
        nl.inburgering.gemeente.brp.domain.IngezeteneVertrokkenNaarBuitenland, IngezeteneVertrokkenNaarBuitenland> {

    @Override
    public IngezeteneVertrokkenNaarBuitenland vertaal(
            nl.inburgering.gemeente.brp.domain.IngezeteneVertrokkenNaarBuitenland event) {
        return IngezeteneVertrokkenNaarBuitenland.newBuilder()
                .setBsn(event.bsn().value())
                .setGemeentecode(event.gemeentecode())
                .setDatumVertrek(event.datumVertrek())
                .setLandVanVertrek(event.landVanVertrek())
                .build();
    }
}
