package nl.inburgering.ind.monitoring.messaging;

import org.springframework.stereotype.Component;

import nl.inburgering.contracts.common.Verblijfsdoel;
import nl.inburgering.contracts.event.VerblijfsgegevensGeleverd;
import nl.inburgering.ind.monitoring.domain.VerblijfsgegevensVoorCbs;
import nl.inburgering.platform.outbox.UitgaandeVertaling;

/** Outbound: stelseldienst #22 Informatie tbv monitoring en evaluatie, IND's verblijfsgegevens to CBS. */
@Component
class VerblijfsgegevensGeleverdVertaling implements UitgaandeVertaling<VerblijfsgegevensVoorCbs, VerblijfsgegevensGeleverd> {

    @Override
    public VerblijfsgegevensGeleverd vertaal(VerblijfsgegevensVoorCbs event) {
        return VerblijfsgegevensGeleverd.newBuilder()
                .setPseudoniem(event.pseudoniem())
                .setPeildatum(event.peildatum())
                .setVerblijfsdoel(Verblijfsdoel.valueOf(event.verblijfsdoel()))
                .setIngangsdatumVerblijfsrecht(event.ingangsdatum())
                .setNationaliteit(event.nationaliteit())
                .setGeboortejaar(event.geboortejaar())
                .build();
    }
}
