package nl.inburgering.gemeente.overdracht.messaging;

import org.springframework.stereotype.Component;

import nl.inburgering.contracts.event.OverdrachtInburgeraarGevraagd;
import nl.inburgering.gemeente.overdracht.domain.OverdrachtGevraagdDoorGemeente;
import nl.inburgering.platform.outbox.UitgaandeVertaling;

/** #19 out (new gemeente to old): the request for the dossier after the verhuizing. */
@Component
class OverdrachtGevraagdVertaling
        implements UitgaandeVertaling<OverdrachtGevraagdDoorGemeente, OverdrachtInburgeraarGevraagd> {

    @Override
    public OverdrachtInburgeraarGevraagd vertaal(OverdrachtGevraagdDoorGemeente e) {
        return OverdrachtInburgeraarGevraagd.newBuilder().setBsn(e.bsn().value())
                .setGemeentecodeOud(e.gemeentecodeOud()).setGemeentecodeNieuw(e.gemeentecodeNieuw())
                .setDatumVerhuizing(e.datumVerhuizing()).setDatumVerzoek(e.datumVerzoek()).build();
    }
}
