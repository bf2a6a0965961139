package nl.inburgering.duo.monitoring.messaging;

import org.springframework.stereotype.Component;

import nl.inburgering.contracts.common.Doelgroepindeling;
import nl.inburgering.contracts.common.GedetailleerdeDoelgroep;
import nl.inburgering.contracts.common.Inburgeringsstatus;
import nl.inburgering.contracts.common.Leerroute;
import nl.inburgering.contracts.event.InburgeringsplichtGeleverd;
import nl.inburgering.duo.monitoring.domain.PlichtVoorCbs;
import nl.inburgering.platform.outbox.UitgaandeVertaling;

/** Outbound: stelseldienst #22 Informatie tbv monitoring en evaluatie, DUO's plicht, termijn and result to CBS. */
@Component
class InburgeringsplichtGeleverdVertaling implements UitgaandeVertaling<PlichtVoorCbs, InburgeringsplichtGeleverd> {

    @Override
    public InburgeringsplichtGeleverd vertaal(PlichtVoorCbs event) {
        return InburgeringsplichtGeleverd.newBuilder()
                .setPseudoniem(event.pseudoniem())
                .setPeildatum(event.peildatum())
                .setGemeentecode(event.gemeentecode())
                .setDoelgroep(event.doelgroep() == null ? Doelgroepindeling.ONBEKEND
                        : Doelgroepindeling.valueOf(event.doelgroep()))
                .setGedetailleerdeDoelgroep(event.gedetailleerdeDoelgroep() == null ? GedetailleerdeDoelgroep.ONBEKEND
                        : GedetailleerdeDoelgroep.valueOf(event.gedetailleerdeDoelgroep()))
                .setBegindatumPlicht(event.begindatumPlicht())
                .setEinddatumInburgeringstermijn(event.einddatumTermijn())
                .setLeerroute(event.leerroute() == null ? null : switch (event.leerroute()) {
                    case "B1_ROUTE" -> Leerroute.B1_ROUTE;
                    case "ONDERWIJSROUTE" -> Leerroute.ONDERWIJSROUTE;
                    case "Z_ROUTE" -> Leerroute.ZELFREDZAAMHEIDSROUTE;
                    default -> Leerroute.ONBEKEND;
                })
                .setStatus(Inburgeringsstatus.valueOf(event.stand().name()))
                .setAantalBoetes(event.aantalBoetes())
                .build();
    }
}
