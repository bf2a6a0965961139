package nl.inburgering.gemeente.pip.messaging;

import org.springframework.stereotype.Component;

import nl.inburgering.contracts.event.PipGewijzigd;
import nl.inburgering.gemeente.pip.domain.PipGewijzigdDoorGemeente;
import nl.inburgering.platform.outbox.UitgaandeVertaling;

/** #16 out: a later PIP as the contract's PipGewijzigd; the wijziging is dated by the dagtekening. */
@Component
class PipGewijzigdVertaling implements UitgaandeVertaling<PipGewijzigdDoorGemeente, PipGewijzigd> {

    @Override
    public PipGewijzigd vertaal(PipGewijzigdDoorGemeente event) {
        return PipGewijzigd.newBuilder().setBsn(event.bsn().value()).setGemeentecode(event.gemeentecode())
                .setRedenWijziging(PipContractVertaling.reden(event.pip().redenWijziging()))
                .setDatumWijziging(event.pip().dagtekening())
                .setPip(PipContractVertaling.pipGegevens(event.pip())).build();
    }
}
