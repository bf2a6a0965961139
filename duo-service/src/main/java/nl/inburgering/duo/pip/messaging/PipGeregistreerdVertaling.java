package nl.inburgering.duo.pip.messaging;

import org.springframework.stereotype.Component;

import nl.inburgering.duo.pip.domain.PipGeregistreerd;
import nl.inburgering.platform.outbox.UitgaandeVertaling;

/** REGISTRATIE_PIP out: the PIP is registered. */
@Component
class PipGeregistreerdVertaling implements UitgaandeVertaling<PipGeregistreerd, nl.inburgering.contracts.event.PipGeregistreerd> {

    @Override
    public nl.inburgering.contracts.event.PipGeregistreerd vertaal(PipGeregistreerd e) {
        return nl.inburgering.contracts.event.PipGeregistreerd.newBuilder()
                .setBsn(e.bsn().value()).setGemeentecode(e.gemeentecode())
                .setDagtekeningPip(e.dagtekeningPip()).setLeerroute(ContractCodes.leerroute(e.leerroute()))
                .setNiveau(ContractCodes.niveau(e.niveau()))
                .setEerstePip(e.eerstePip()).setDatumRegistratie(e.datumRegistratie())
                .build();
    }
}
