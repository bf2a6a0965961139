package nl.inburgering.gemeente.resultaten.messaging;

import org.springframework.stereotype.Component;

import nl.inburgering.contracts.common.ZrouteOnderdeel;
import nl.inburgering.contracts.event.ZrouteOnderdeelAfgerond;
import nl.inburgering.gemeente.resultaten.domain.ZrouteOnderdeelAfgerondDoorGemeente;
import nl.inburgering.platform.outbox.UitgaandeVertaling;

/** #17 out: an onderdeel of the Z-route afgerond, the participatie or the eindgesprek (DUO's datum afronding Z-route). */
@Component
class ZrouteOnderdeelAfgerondVertaling
        implements UitgaandeVertaling<ZrouteOnderdeelAfgerondDoorGemeente, ZrouteOnderdeelAfgerond> {

    @Override
    public ZrouteOnderdeelAfgerond vertaal(ZrouteOnderdeelAfgerondDoorGemeente e) {
        ZrouteOnderdeel onderdeel = switch (e.resultaat().onderdeel()) {
            case ZROUTE_PARTICIPATIE -> ZrouteOnderdeel.PARTICIPATIECOMPONENT;
            case ZROUTE_EINDGESPREK -> ZrouteOnderdeel.EINDGESPREK;
            case PVT, MAP -> throw new IllegalArgumentException("geen onderdeel van de Z-route: "
                    + e.resultaat().onderdeel());
        };
        return ZrouteOnderdeelAfgerond.newBuilder().setBsn(e.bsn().value()).setGemeentecode(e.gemeentecode())
                .setOnderdeel(onderdeel).setDatumAfronding(e.resultaat().datum()).build();
    }
}
