package nl.inburgering.duo.pip.messaging;

import org.springframework.stereotype.Component;

import nl.inburgering.duo.pip.domain.InburgeringsaanbodGeregistreerd;
import nl.inburgering.platform.outbox.UitgaandeVertaling;

/** REGISTRATIE_PIP out: the inburgeringsaanbod is registered. */
@Component
class InburgeringsaanbodGeregistreerdVertaling implements UitgaandeVertaling<InburgeringsaanbodGeregistreerd, nl.inburgering.contracts.event.InburgeringsaanbodGeregistreerd> {

    @Override
    public nl.inburgering.contracts.event.InburgeringsaanbodGeregistreerd vertaal(InburgeringsaanbodGeregistreerd e) {
        return nl.inburgering.contracts.event.InburgeringsaanbodGeregistreerd.newBuilder()
                .setBsn(e.bsn().value()).setGemeentecode(e.gemeentecode())
                .setDatumInburgeringsaanbod(e.datumInburgeringsaanbod())
                .setInstellingsnummers(e.instellingsnummers())
                .setDatumRegistratie(e.datumRegistratie())
                .build();
    }
}
