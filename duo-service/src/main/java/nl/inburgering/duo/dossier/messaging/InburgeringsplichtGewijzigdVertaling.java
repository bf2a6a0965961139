package nl.inburgering.duo.dossier.messaging;

import org.springframework.stereotype.Component;

import nl.inburgering.contracts.common.AsielrechtenWijzigingVerblijfsdoel;
import nl.inburgering.contracts.common.RedenWijzigingInburgeringsplicht;
import nl.inburgering.duo.dossier.api.Plichtonderdeel;
import nl.inburgering.duo.dossier.api.Plichtwijziging;
import nl.inburgering.duo.dossier.domain.InburgeringsplichtGewijzigd;
import nl.inburgering.platform.outbox.UitgaandeVertaling;

/** Stelseldienst #3 out: the plicht changed; the full current state. */
@Component
class InburgeringsplichtGewijzigdVertaling implements
        UitgaandeVertaling<InburgeringsplichtGewijzigd, nl.inburgering.contracts.event.InburgeringsplichtGewijzigd> {

    @Override
    public nl.inburgering.contracts.event.InburgeringsplichtGewijzigd vertaal(InburgeringsplichtGewijzigd g) {
        return nl.inburgering.contracts.event.InburgeringsplichtGewijzigd.newBuilder()
                .setBsn(g.bsn().value())
                .setGemeentecode(g.gemeentecode())
                .setVorigeGemeentecode(g.vorigeGemeentecode())
                .setOntvanger(InburgeringsplichtVastgesteldVertaling.ontvanger(g.ontvanger()))
                .setRedenWijziging(reden(g.reden()))
                .setBegindatum(g.begindatum())
                .setDoelgroep(InburgeringsplichtVastgesteldVertaling.doelgroep(g.gedetailleerdeDoelgroep().indeling()))
                .setGedetailleerdeDoelgroep(
                        InburgeringsplichtVastgesteldVertaling.gedetailleerdeDoelgroep(g.gedetailleerdeDoelgroep()))
                .setAsielrechtenWijzigingVerblijfsdoel(g.keuze() == null ? null : keuze(g.keuze()))
                .setOpenstaandeOnderdelen(g.openstaandeOnderdelen().stream().sorted()
                        .map(InburgeringsplichtGewijzigdVertaling::onderdeel).toList())
                .setDatumWijziging(g.datumWijziging())
                .setGeboortedatum(g.geboortedatum())
                .build();
    }

    static RedenWijzigingInburgeringsplicht reden(Plichtwijziging.Reden reden) {
        return switch (reden) {
            case ONDERDELEN_OPNIEUW_VASTGESTELD -> RedenWijzigingInburgeringsplicht.ONDERDELEN_OPNIEUW_VASTGESTELD;
            case TIJDELIJKE_VRIJSTELLING_INGETROKKEN ->
                RedenWijzigingInburgeringsplicht.TIJDELIJKE_VRIJSTELLING_INGETROKKEN;
            case DOELGROEP_GEWIJZIGD -> RedenWijzigingInburgeringsplicht.DOELGROEP_GEWIJZIGD;
            case DOELGROEPKEUZE_BEVESTIGD -> RedenWijzigingInburgeringsplicht.DOELGROEPKEUZE_BEVESTIGD;
            case GEMEENTE_GEWIJZIGD -> RedenWijzigingInburgeringsplicht.GEMEENTE_GEWIJZIGD;
            case OVERIG -> RedenWijzigingInburgeringsplicht.OVERIG;
        };
    }

    static AsielrechtenWijzigingVerblijfsdoel keuze(InburgeringsplichtGewijzigd.Doelgroepkeuze keuze) {
        return switch (keuze) {
            case ASIELRECHTEN_TOEGEKEND -> AsielrechtenWijzigingVerblijfsdoel.ASIELRECHTEN_TOEGEKEND;
            case BEHOUD_ASIELRECHTEN -> AsielrechtenWijzigingVerblijfsdoel.BEHOUD_ASIELRECHTEN;
            case OP_VERZOEK_BEHOUD_RECHTEN_GEZINS_EN_OVERIGE_MIGRANT ->
                AsielrechtenWijzigingVerblijfsdoel.OP_VERZOEK_BEHOUD_RECHTEN_GEZINS_EN_OVERIGE_MIGRANT;
            case OP_VERZOEK_RECHTEN_GEZINS_EN_OVERIGE_MIGRANT_TOEGEKEND ->
                AsielrechtenWijzigingVerblijfsdoel.OP_VERZOEK_RECHTEN_GEZINS_EN_OVERIGE_MIGRANT_TOEGEKEND;
        };
    }

    static nl.inburgering.contracts.common.Plichtonderdeel onderdeel(Plichtonderdeel onderdeel) {
        return switch (onderdeel) {
            case KNM -> nl.inburgering.contracts.common.Plichtonderdeel.KNM;
            case LE -> nl.inburgering.contracts.common.Plichtonderdeel.LE;
            case LU -> nl.inburgering.contracts.common.Plichtonderdeel.LU;
            case SC -> nl.inburgering.contracts.common.Plichtonderdeel.SC;
            case SP -> nl.inburgering.contracts.common.Plichtonderdeel.SP;
            case PVT -> nl.inburgering.contracts.common.Plichtonderdeel.PVT;
            case MAP -> nl.inburgering.contracts.common.Plichtonderdeel.MAP;
        };
    }
}
