package nl.inburgering.duo.dossier.messaging;

import org.springframework.stereotype.Component;

import nl.inburgering.duo.dossier.domain.RechtOpMaatschappelijkeBegeleidingVastgesteld;
import nl.inburgering.platform.outbox.UitgaandeVertaling;

/** Stelseldienst #4 out. */
@Component
class RechtOpMaatschappelijkeBegeleidingVastgesteldVertaling implements UitgaandeVertaling<
        RechtOpMaatschappelijkeBegeleidingVastgesteld,
        nl.inburgering.contracts.event.RechtOpMaatschappelijkeBegeleidingVastgesteld> {

    @Override
    public nl.inburgering.contracts.event.RechtOpMaatschappelijkeBegeleidingVastgesteld vertaal(
            RechtOpMaatschappelijkeBegeleidingVastgesteld r) {
        return nl.inburgering.contracts.event.RechtOpMaatschappelijkeBegeleidingVastgesteld.newBuilder()
                .setBsn(r.bsn().value()).setGemeentecode(r.gemeentecode())
                .setIngangsdatum(r.ingangsdatum()).setDatumVaststelling(r.datumVaststelling()).build();
    }
}
