package nl.inburgering.coa.monitoring.messaging;

import org.springframework.stereotype.Component;

import nl.inburgering.coa.monitoring.domain.VoorinburgeringVoorCbs;
import nl.inburgering.contracts.event.VoorinburgeringGeleverd;
import nl.inburgering.platform.outbox.UitgaandeVertaling;

/** Outbound: stelseldienst #22 Informatie tbv monitoring en evaluatie, COA's voorinburgering to CBS. */
@Component
class VoorinburgeringGeleverdVertaling implements UitgaandeVertaling<VoorinburgeringVoorCbs, VoorinburgeringGeleverd> {

    @Override
    public VoorinburgeringGeleverd vertaal(VoorinburgeringVoorCbs event) {
        return VoorinburgeringGeleverd.newBuilder()
                .setPseudoniem(event.pseudoniem())
                .setPeildatum(event.peildatum())
                .setGemeentecode(event.gemeentecode())
                .setDatumKoppeling(event.datumKoppeling())
                .setVoorinburgeringGevolgd(event.voorinburgeringGevolgd())
                .setUrenVoorinburgering(event.urenVoorinburgering())
                .build();
    }
}
