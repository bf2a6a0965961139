package nl.inburgering.duo.resultaten.messaging;

import org.springframework.stereotype.Component;

import nl.inburgering.contracts.event.ResultaatPvtMapZrouteGeregistreerd;
import nl.inburgering.duo.resultaten.domain.Kanaal;
import nl.inburgering.duo.resultaten.domain.ResultaatGeregistreerd;
import nl.inburgering.platform.outbox.UitgaandeVertaling;

/** REGISTRATIE_RESULTATEN_PVT_MAP_ZROUTE out: the result is registered, or withdrawn. */
@Component
class ResultaatGeregistreerdVertaling
        implements UitgaandeVertaling<ResultaatGeregistreerd, ResultaatPvtMapZrouteGeregistreerd> {

    @Override
    public ResultaatPvtMapZrouteGeregistreerd vertaal(ResultaatGeregistreerd e) {
        return ResultaatPvtMapZrouteGeregistreerd.newBuilder()
                .setBsn(e.bsn().value()).setGemeentecode(e.gemeentecode())
                .setOnderdeel(AntwoordCodes.onderdeel(e.resultaat().onderdeel()))
                .setDatum(e.resultaat().datum()).setVerwijtbaar(e.resultaat().verwijtbaar())
                .setIngetrokken(e.resultaat().isIntrekking())
                .setViaM2m(e.kanaal() == Kanaal.M2M)
                .setDatumRegistratie(e.datumRegistratie())
                .build();
    }
}
