package nl.inburgering.coa.bewoner.messaging;

import org.springframework.stereotype.Component;

import nl.inburgering.coa.bewoner.domain.InburgeraarGekoppeld;
import nl.inburgering.contracts.event.InburgeraarGekoppeldAanGemeente;
import nl.inburgering.platform.outbox.UitgaandeVertaling;

/** Outbound #14: Notificatie inburgeraar gekoppeld aan gemeente, to the gemeente and DUO. */
@Component
class InburgeraarGekoppeldVertaling implements UitgaandeVertaling<InburgeraarGekoppeld, InburgeraarGekoppeldAanGemeente> {

    @Override
    public InburgeraarGekoppeldAanGemeente vertaal(InburgeraarGekoppeld event) {
        return InburgeraarGekoppeldAanGemeente.newBuilder()
                .setBsn(event.bsn().value())
                .setVNummer(event.vNummer())
                .setGemeentecode(event.gemeentecode())
                .setVorigeGemeentecode(event.vorigeGemeentecode())
                .setDatumKoppeling(event.datumKoppeling())
                .setAzcLocatie(event.azcLocatie())
                .setVerwachteDatumUitstroom(event.verwachteDatumUitstroom())
                .build();
    }
}
