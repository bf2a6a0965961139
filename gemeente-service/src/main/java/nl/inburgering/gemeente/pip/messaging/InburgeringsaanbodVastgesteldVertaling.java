package nl.inburgering.gemeente.pip.messaging;

import org.springframework.stereotype.Component;

import nl.inburgering.contracts.event.InburgeringsaanbodVastgesteld;
import nl.inburgering.gemeente.pip.domain.Inburgeringsaanbod;
import nl.inburgering.gemeente.pip.domain.InburgeringsaanbodVastgesteldDoorGemeente;
import nl.inburgering.platform.outbox.UitgaandeVertaling;

/** #16 out: the inburgeringsaanbod as the contract's InburgeringsaanbodVastgesteld. */
@Component
class InburgeringsaanbodVastgesteldVertaling
        implements UitgaandeVertaling<InburgeringsaanbodVastgesteldDoorGemeente, InburgeringsaanbodVastgesteld> {

    @Override
    public InburgeringsaanbodVastgesteld vertaal(InburgeringsaanbodVastgesteldDoorGemeente event) {
        Inburgeringsaanbod aanbod = event.aanbod();
        return InburgeringsaanbodVastgesteld.newBuilder().setBsn(event.bsn().value())
                .setGemeentecode(event.gemeentecode())
                .setInburgeringsaanbod(nl.inburgering.contracts.common.Inburgeringsaanbod.newBuilder()
                        .setDatumInburgeringsaanbod(aanbod.datumInburgeringsaanbod())
                        .setVerwachteStartdatumOpleiding(aanbod.verwachteStartdatumOpleiding())
                        .setVerwachteEinddatumOpleiding(aanbod.verwachteEinddatumOpleiding())
                        .setAlfabetiseringsonderwijs(PipContractVertaling.alfabetisering(aanbod.alfabetisering()))
                        .setInstellingsnummers(aanbod.instellingsnummers()).build())
                .build();
    }
}
