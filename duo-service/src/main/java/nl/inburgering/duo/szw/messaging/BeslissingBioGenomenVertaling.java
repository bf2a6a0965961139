package nl.inburgering.duo.szw.messaging;

import org.springframework.stereotype.Component;

import nl.inburgering.contracts.common.AanvraagOordeel;
import nl.inburgering.contracts.event.BeslissingBioGenomen;
import nl.inburgering.duo.szw.domain.BeslissingBio;
import nl.inburgering.platform.outbox.UitgaandeVertaling;

/** Stelseldienst #21 Informeren beslissing BIO out, on SZW's topic (keten.gehoste-partners: SZW; decision 0035). */
@Component
class BeslissingBioGenomenVertaling implements UitgaandeVertaling<BeslissingBio, BeslissingBioGenomen> {

    @Override
    public BeslissingBioGenomen vertaal(BeslissingBio b) {
        return BeslissingBioGenomen.newBuilder()
                .setBsn(b.bsn().value())
                .setDossierkenmerk(b.dossierkenmerk().toString())
                .setOordeel(switch (b.oordeel()) {
                    case TOEKENNING -> AanvraagOordeel.TOEKENNING;
                    case AFWIJZING -> AanvraagOordeel.AFWIJZING;
                })
                .setDatumBeslissing(b.datumBeslissing())
                .build();
    }
}
