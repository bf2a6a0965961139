package nl.inburgering.duo.pip.messaging;

import org.springframework.stereotype.Component;

import nl.inburgering.contracts.common.RedenWijzigingInburgeringstermijn;
import nl.inburgering.duo.pip.domain.InburgeringstermijnGewijzigd;
import nl.inburgering.platform.outbox.UitgaandeVertaling;

/** Stelseldienst #5 gewijzigd out. */
@Component
class InburgeringstermijnGewijzigdVertaling implements UitgaandeVertaling<InburgeringstermijnGewijzigd,
        nl.inburgering.contracts.event.InburgeringstermijnGewijzigd> {

    @Override
    public nl.inburgering.contracts.event.InburgeringstermijnGewijzigd vertaal(InburgeringstermijnGewijzigd e) {
        return nl.inburgering.contracts.event.InburgeringstermijnGewijzigd.newBuilder()
                .setBsn(e.bsn().value()).setGemeentecode(e.gemeentecode())
                .setRedenWijziging(reden(e.reden()))
                .setStartdatum(e.startdatum()).setEinddatum(e.einddatum()).setVorigeEinddatum(e.vorigeEinddatum())
                .setVerlengingsgrondcode(e.verlengingsgrondcode())
                .setVerlengingsgrondomschrijving(e.verlengingsgrondomschrijving())
                .setDatumWijziging(e.datumWijziging())
                .build();
    }

    static RedenWijzigingInburgeringstermijn reden(InburgeringstermijnGewijzigd.Reden reden) {
        return switch (reden) {
            case VERLENGING_OP_VERZOEK -> RedenWijzigingInburgeringstermijn.VERLENGING_OP_VERZOEK;
            case VERLENGING_AMBTSHALVE -> RedenWijzigingInburgeringstermijn.VERLENGING_AMBTSHALVE;
            case NIEUWE_TERMIJN_NA_BOETE -> RedenWijzigingInburgeringstermijn.NIEUWE_TERMIJN_NA_BOETE;
            case TIJDELIJKE_VRIJSTELLING_INGETROKKEN -> RedenWijzigingInburgeringstermijn.TIJDELIJKE_VRIJSTELLING_INGETROKKEN;
        };
    }
}
