package nl.inburgering.instelling.inspanning.messaging;

import org.springframework.stereotype.Component;

import nl.inburgering.contracts.event.InspanningGezinsmigrantGemeld;
import nl.inburgering.instelling.inspanning.domain.InspanningGemeldAanDuo;
import nl.inburgering.platform.outbox.UitgaandeVertaling;

/** #18 out, route instelling → DUO (§15.5): a gezinsmigrant's or overige migrant's inspanning. */
@Component
class InspanningGezinsmigrantGemeldVertaling
        implements UitgaandeVertaling<InspanningGemeldAanDuo, InspanningGezinsmigrantGemeld> {

    @Override
    public InspanningGezinsmigrantGemeld vertaal(InspanningGemeldAanDuo event) {
        return InspanningGezinsmigrantGemeld.newBuilder().setBsn(event.bsn().value())
                .setInspanning(InspanningContract.inspanning(event.stand())).build();
    }
}
