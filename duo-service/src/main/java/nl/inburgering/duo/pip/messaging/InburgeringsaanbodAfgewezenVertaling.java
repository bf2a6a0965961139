package nl.inburgering.duo.pip.messaging;

import org.springframework.stereotype.Component;

import nl.inburgering.duo.pip.domain.InburgeringsaanbodAfgewezen;
import nl.inburgering.platform.outbox.UitgaandeVertaling;

/** REGISTRATIE_PIP out: the inburgeringsaanbod is refused, with every reason. */
@Component
class InburgeringsaanbodAfgewezenVertaling implements UitgaandeVertaling<InburgeringsaanbodAfgewezen, nl.inburgering.contracts.event.InburgeringsaanbodAfgewezen> {

    @Override
    public nl.inburgering.contracts.event.InburgeringsaanbodAfgewezen vertaal(InburgeringsaanbodAfgewezen e) {
        return nl.inburgering.contracts.event.InburgeringsaanbodAfgewezen.newBuilder()
                .setBsn(e.bsn().value()).setGemeentecode(e.gemeentecode())
                .setDatumInburgeringsaanbod(e.datumInburgeringsaanbod())
                .setRedenen(ContractCodes.redenen(e.redenen()))
                .setDatumAfwijzing(e.datumAfwijzing())
                .build();
    }
}
