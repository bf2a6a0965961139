package nl.inburgering.ind.verblijfsrecht.messaging;

import org.springframework.stereotype.Component;

import nl.inburgering.contracts.event.VerblijfsdoelDoorgegeven;
import nl.inburgering.ind.verblijfsrecht.domain.VerblijfsdoelenGeleverd;
import nl.inburgering.platform.outbox.UitgaandeVertaling;

/** Outbound: stelseldienst #1 Verblijfsdoelen to DUO. */
@Component
class VerblijfsdoelenGeleverdVertaling implements UitgaandeVertaling<VerblijfsdoelenGeleverd, VerblijfsdoelDoorgegeven> {

    @Override
    public VerblijfsdoelDoorgegeven vertaal(VerblijfsdoelenGeleverd event) {
        var v = event.vergunning();
        var i = event.inschrijving();
        return VerblijfsdoelDoorgegeven.newBuilder()
                .setVNummer(v.vNummer())
                .setBsn(v.bsn().value())
                .setGeboortedatum(v.geboortedatum())
                .setNationaliteit(v.nationaliteit())
                .setVerblijfsdoel(VerblijfsdoelMapper.naarContract(v.verblijfsdoel()))
                .setReferentIsAsielstatushouder(v.referentIsAsielstatushouder())
                .setIngangsdatumVerblijfsrecht(v.ingangsdatum())
                .setGemeentecodeInschrijving(i.gemeentecode())
                .setDatumInschrijving(i.datumInschrijving())
                .setOpvangInCoaLocatie(v.opvangInCoaLocatie())
                .build();
    }
}
