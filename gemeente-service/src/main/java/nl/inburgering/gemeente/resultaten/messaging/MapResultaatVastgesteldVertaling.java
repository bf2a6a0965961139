package nl.inburgering.gemeente.resultaten.messaging;

import org.springframework.stereotype.Component;

import nl.inburgering.contracts.event.MapResultaatVastgesteld;
import nl.inburgering.gemeente.resultaten.domain.MapResultaatVastgesteldDoorGemeente;
import nl.inburgering.platform.outbox.UitgaandeVertaling;

/** #17 out: the MAP, {@code afgerond} with its datum eindgesprek, and the indicatie verwijtbaarheid. */
@Component
class MapResultaatVastgesteldVertaling
        implements UitgaandeVertaling<MapResultaatVastgesteldDoorGemeente, MapResultaatVastgesteld> {

    @Override
    public MapResultaatVastgesteld vertaal(MapResultaatVastgesteldDoorGemeente e) {
        return MapResultaatVastgesteld.newBuilder().setBsn(e.bsn().value()).setGemeentecode(e.gemeentecode())
                .setAfgerond(e.resultaat().datum() != null).setDatumEindgesprek(e.resultaat().datum())
                .setNietAfrondenVerwijtbaar(e.resultaat().verwijtbaar()).setDatumVastgesteld(e.datumVastgesteld())
                .build();
    }
}
