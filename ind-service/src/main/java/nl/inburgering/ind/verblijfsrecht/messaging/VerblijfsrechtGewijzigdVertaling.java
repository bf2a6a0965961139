package nl.inburgering.ind.verblijfsrecht.messaging;

import org.springframework.stereotype.Component;

import nl.inburgering.contracts.common.SoortWijzigingVerblijfsrecht;
import nl.inburgering.ind.verblijfsrecht.domain.VerblijfsrechtGewijzigd;
import nl.inburgering.platform.outbox.UitgaandeVertaling;

/** Outbound: stelseldienst #2 Wijziging verblijfsrecht to DUO. */
@Component
class VerblijfsrechtGewijzigdVertaling implements
        UitgaandeVertaling<VerblijfsrechtGewijzigd, nl.inburgering.contracts.event.VerblijfsrechtGewijzigd> {

    @Override
    public nl.inburgering.contracts.event.VerblijfsrechtGewijzigd vertaal(VerblijfsrechtGewijzigd event) {
        var w = event.wijziging();
        return nl.inburgering.contracts.event.VerblijfsrechtGewijzigd.newBuilder()
                .setVNummer(w.vNummer())
                .setBsn(w.bsn().value())
                .setSoortWijziging(switch (w.soort()) {
                    case VERBLIJFSDOEL_GEWIJZIGD -> SoortWijzigingVerblijfsrecht.VERBLIJFSDOEL_GEWIJZIGD;
                    case VERBLIJFSRECHT_BEEINDIGD -> SoortWijzigingVerblijfsrecht.VERBLIJFSRECHT_BEEINDIGD;
                    case GENATURALISEERD -> SoortWijzigingVerblijfsrecht.GENATURALISEERD;
                })
                .setVorigVerblijfsdoel(VerblijfsdoelMapper.naarContract(w.vorigVerblijfsdoel()))
                .setNieuwVerblijfsdoel(w.nieuwVerblijfsdoel() == null ? null
                        : VerblijfsdoelMapper.naarContract(w.nieuwVerblijfsdoel()))
                .setReferentIsAsielstatushouder(w.referentIsAsielstatushouder())
                .setIngangsdatumWijziging(w.ingangsdatum())
                .setGemeentecodeInschrijving(event.gemeentecodeInschrijving())
                .build();
    }
}
