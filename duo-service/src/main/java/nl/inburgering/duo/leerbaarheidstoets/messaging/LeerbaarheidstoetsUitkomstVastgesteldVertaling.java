package nl.inburgering.duo.leerbaarheidstoets.messaging;

import org.springframework.stereotype.Component;

import nl.inburgering.contracts.common.LeerbaarheidstoetsResultaat;
import nl.inburgering.duo.leerbaarheidstoets.domain.Leerbaarheidstoetsresultaat;
import nl.inburgering.duo.leerbaarheidstoets.domain.LeerbaarheidstoetsUitkomstVastgesteld;
import nl.inburgering.duo.leerbaarheidstoets.domain.Score;
import nl.inburgering.platform.outbox.UitgaandeVertaling;

/** Stelseldienst #6 out: the uitkomst of a complete toets. */
@Component
class LeerbaarheidstoetsUitkomstVastgesteldVertaling implements UitgaandeVertaling<
        LeerbaarheidstoetsUitkomstVastgesteld, nl.inburgering.contracts.event.LeerbaarheidstoetsUitkomstVastgesteld> {

    @Override
    public nl.inburgering.contracts.event.LeerbaarheidstoetsUitkomstVastgesteld vertaal(
            LeerbaarheidstoetsUitkomstVastgesteld u) {
        return nl.inburgering.contracts.event.LeerbaarheidstoetsUitkomstVastgesteld.newBuilder()
                .setBsn(u.bsn().value())
                .setGemeentecode(u.gemeentecode())
                .setResultaat(resultaat(u.uitkomst().resultaat()))
                .setBehaaldeScore(u.uitkomst().behaaldeScore().map(Score::tekst).orElse(null))
                .setBenodigdeScore(u.uitkomst().benodigdeScore().tekst())
                .setDatumAfname(u.datumAfname())
                .build();
    }

    static LeerbaarheidstoetsResultaat resultaat(Leerbaarheidstoetsresultaat resultaat) {
        return switch (resultaat) {
            case B1_ROUTE_HAALBAAR -> LeerbaarheidstoetsResultaat.B1_ROUTE_HAALBAAR;
            case B1_ROUTE_NIET_HAALBAAR -> LeerbaarheidstoetsResultaat.B1_ROUTE_NIET_HAALBAAR;
            case ONBEKEND -> LeerbaarheidstoetsResultaat.ONBEKEND;
        };
    }
}
