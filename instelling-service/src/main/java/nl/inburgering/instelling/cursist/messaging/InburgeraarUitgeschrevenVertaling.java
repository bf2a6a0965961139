package nl.inburgering.instelling.cursist.messaging;

import org.springframework.stereotype.Component;

import nl.inburgering.contracts.event.InburgeraarUitgeschrevenBijInstelling;
import nl.inburgering.instelling.cursist.domain.InburgeraarUitgeschreven;
import nl.inburgering.platform.outbox.UitgaandeVertaling;

/** #20 out: the uitschrijving as the contract's InburgeraarUitgeschrevenBijInstelling, to DUO. */
@Component
class InburgeraarUitgeschrevenVertaling
        implements UitgaandeVertaling<InburgeraarUitgeschreven, InburgeraarUitgeschrevenBijInstelling> {

    @Override
    public InburgeraarUitgeschrevenBijInstelling vertaal(InburgeraarUitgeschreven event) {
        return InburgeraarUitgeschrevenBijInstelling.newBuilder().setBsn(event.bsn().value())
                .setInstellingsnummer(event.instellingsnummer()).setDatumUitschrijving(event.datumUitschrijving())
                .setOpleidingAfgerond(event.opleidingAfgerond()).build();
    }
}
