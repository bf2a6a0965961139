package nl.inburgering.duo.pip.messaging;

import org.springframework.stereotype.Component;

import nl.inburgering.duo.pip.domain.InburgeringstermijnVastgesteld;
import nl.inburgering.platform.outbox.UitgaandeVertaling;

/** Stelseldienst #5 out. */
@Component
class InburgeringstermijnVastgesteldVertaling implements UitgaandeVertaling<InburgeringstermijnVastgesteld, nl.inburgering.contracts.event.InburgeringstermijnVastgesteld> {

    @Override
    public nl.inburgering.contracts.event.InburgeringstermijnVastgesteld vertaal(InburgeringstermijnVastgesteld e) {
        return nl.inburgering.contracts.event.InburgeringstermijnVastgesteld.newBuilder()
                .setBsn(e.bsn().value()).setGemeentecode(e.gemeentecode())
                .setStartdatum(e.startdatum()).setEinddatum(e.einddatum())
                .setDagtekeningPip(e.dagtekeningPip()).setDatumVaststelling(e.datumVaststelling())
                .build();
    }
}
