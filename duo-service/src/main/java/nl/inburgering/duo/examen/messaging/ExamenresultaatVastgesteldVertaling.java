package nl.inburgering.duo.examen.messaging;

import org.springframework.stereotype.Component;

import nl.inburgering.contracts.common.Aanleiding;
import nl.inburgering.contracts.common.Examenniveau;
import nl.inburgering.contracts.common.Examenonderdeel;
import nl.inburgering.contracts.common.Examenuitslag;
import nl.inburgering.contracts.common.RedenGeenExamenresultaat;
import nl.inburgering.duo.examen.domain.ExamenresultaatVastgesteld;
import nl.inburgering.platform.outbox.UitgaandeVertaling;

/**
 * Stelseldienst #13 out: to the gemeente's topic and the topic of every instelling in {@code instellingsnummers}
 * (decision 0018). KNM has no taalniveau: its niveau is ONBEKEND.
 */
@Component
class ExamenresultaatVastgesteldVertaling implements
        UitgaandeVertaling<ExamenresultaatVastgesteld, nl.inburgering.contracts.event.ExamenresultaatVastgesteld> {

    @Override
    public nl.inburgering.contracts.event.ExamenresultaatVastgesteld vertaal(ExamenresultaatVastgesteld e) {
        return nl.inburgering.contracts.event.ExamenresultaatVastgesteld.newBuilder()
                .setBsn(e.bsn().value())
                .setGemeentecode(e.gemeentecode())
                .setInstellingsnummers(e.instellingsnummers())
                .setOnderdeel(Examenonderdeel.valueOf(e.onderdeel().name()))
                .setNiveau(e.niveau() == null ? Examenniveau.ONBEKEND : Examenniveau.valueOf(e.niveau().name()))
                .setExamendatum(e.examendatum())
                .setUitslag(Examenuitslag.valueOf(e.uitslag().name()))
                .setRedenGeenResultaat(e.reden() == null ? null : RedenGeenExamenresultaat.valueOf(e.reden().name()))
                .setDatumDefinitieveUitslag(e.datumDefinitieveUitslag())
                .setAanleiding(e.naVerhuizing() ? Aanleiding.OVERDRACHT_NA_VERHUIZING : Aanleiding.NIEUW)
                .build();
    }
}
