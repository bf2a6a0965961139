package nl.inburgering.duo.resultaten.messaging;

import org.springframework.stereotype.Component;

import nl.inburgering.contracts.event.ResultaatPvtMapZrouteAfgewezen;
import nl.inburgering.duo.resultaten.domain.Kanaal;
import nl.inburgering.duo.resultaten.domain.ResultaatAfgewezen;
import nl.inburgering.platform.outbox.UitgaandeVertaling;

/** REGISTRATIE_RESULTATEN_PVT_MAP_ZROUTE out: the result is refused, with every reason. */
@Component
class ResultaatAfgewezenVertaling implements UitgaandeVertaling<ResultaatAfgewezen, ResultaatPvtMapZrouteAfgewezen> {

    @Override
    public ResultaatPvtMapZrouteAfgewezen vertaal(ResultaatAfgewezen e) {
        return ResultaatPvtMapZrouteAfgewezen.newBuilder()
                .setBsn(e.bsn().value()).setGemeentecode(e.gemeentecode())
                .setOnderdeel(AntwoordCodes.onderdeel(e.resultaat().onderdeel()))
                .setDatum(e.resultaat().datum()).setVerwijtbaar(e.resultaat().verwijtbaar())
                .setViaM2m(e.kanaal() == Kanaal.M2M)
                .setRedenen(AntwoordCodes.redenen(e.redenen()))
                .setDatumAfwijzing(e.datumAfwijzing())
                .build();
    }
}
