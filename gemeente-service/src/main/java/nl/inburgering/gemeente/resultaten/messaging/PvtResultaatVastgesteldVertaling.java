package nl.inburgering.gemeente.resultaten.messaging;

import org.springframework.stereotype.Component;

import nl.inburgering.contracts.event.PvtResultaatVastgesteld;
import nl.inburgering.gemeente.resultaten.domain.PvtResultaatVastgesteldDoorGemeente;
import nl.inburgering.platform.outbox.UitgaandeVertaling;

/**
 * #17 out: the PVT. {@code afgerond} with its datum ondertekening; the indicatie verwijtbaarheid travels in
 * {@code nietAfrondenVerwijtbaar}, which DUO reads as its {@code verwijtbaar} Ja/Nee.
 */
@Component
class PvtResultaatVastgesteldVertaling
        implements UitgaandeVertaling<PvtResultaatVastgesteldDoorGemeente, PvtResultaatVastgesteld> {

    @Override
    public PvtResultaatVastgesteld vertaal(PvtResultaatVastgesteldDoorGemeente e) {
        return PvtResultaatVastgesteld.newBuilder().setBsn(e.bsn().value()).setGemeentecode(e.gemeentecode())
                .setAfgerond(e.resultaat().datum() != null).setDatumOndertekening(e.resultaat().datum())
                .setNietAfrondenVerwijtbaar(e.resultaat().verwijtbaar()).setDatumVastgesteld(e.datumVastgesteld())
                .build();
    }
}
