package nl.inburgering.instelling.inspanning.messaging;

import org.springframework.stereotype.Component;

import nl.inburgering.contracts.event.InspanningAsielstatushouderGemeld;
import nl.inburgering.instelling.inspanning.domain.InspanningGemeldAanGemeente;
import nl.inburgering.platform.outbox.UitgaandeVertaling;

/** #18 out, route instelling → gemeente (§15.5): on the topic of the gemeente that bought the lessons. */
@Component
class InspanningAsielstatushouderGemeldVertaling
        implements UitgaandeVertaling<InspanningGemeldAanGemeente, InspanningAsielstatushouderGemeld> {

    @Override
    public InspanningAsielstatushouderGemeld vertaal(InspanningGemeldAanGemeente event) {
        return InspanningAsielstatushouderGemeld.newBuilder().setBsn(event.bsn().value())
                .setGemeentecode(event.gemeentecode()).setInspanning(InspanningContract.inspanning(event.stand()))
                .build();
    }
}
