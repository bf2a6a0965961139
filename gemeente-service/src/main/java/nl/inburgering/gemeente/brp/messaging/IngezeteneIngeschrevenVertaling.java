package nl.inburgering.gemeente.brp.messaging;

import org.springframework.stereotype.Component;

import nl.inburgering.contracts.event.IngezeteneIngeschreven;
import nl.inburgering.platform.outbox.UitgaandeVertaling;

/** BRP out: an inschrijving as the contract's IngezeteneIngeschreven. */
@Component
class IngezeteneIngeschrevenVertaling implements
        UitgaandeVertaling<nl.inburgering.gemeente.brp.domain.IngezeteneIngeschreven, IngezeteneIngeschreven> {

    @Override
    public IngezeteneIngeschreven vertaal(nl.inburgering.gemeente.brp.domain.IngezeteneIngeschreven event) {
        return IngezeteneIngeschreven.newBuilder()
                .setBsn(event.bsn().value())
                .setGemeentecode(event.gemeentecode())
                .setDatumInschrijving(event.datumInschrijving())
                .setGeboortedatum(event.geboortedatum())
                .build();
    }
}
