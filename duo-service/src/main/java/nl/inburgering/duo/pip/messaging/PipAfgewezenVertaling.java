package nl.inburgering.duo.pip.messaging;

import org.springframework.stereotype.Component;

import nl.inburgering.duo.pip.domain.PipAfgewezen;
import nl.inburgering.platform.outbox.UitgaandeVertaling;

/** REGISTRATIE_PIP out: the PIP is refused, with every reason. */
@Component
class PipAfgewezenVertaling implements UitgaandeVertaling<PipAfgewezen, nl.inburgering.contracts.event.PipAfgewezen> {

    @Override
    public nl.inburgering.contracts.event.PipAfgewezen vertaal(PipAfgewezen e) {
        return nl.inburgering.contracts.event.PipAfgewezen.newBuilder()
                .setBsn(e.bsn().value()).setGemeentecode(e.gemeentecode())
                .setDagtekeningPip(e.dagtekeningPip()).setWijziging(e.wijziging())
                .setRedenen(ContractCodes.redenen(e.redenen()))
                .setDatumAfwijzing(e.datumAfwijzing())
                .build();
    }
}
