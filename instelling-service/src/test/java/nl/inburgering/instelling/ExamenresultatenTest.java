package nl.inburgering.instelling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;

import nl.inburgering.contracts.TopicCatalogue;
import nl.inburgering.contracts.common.Examenniveau;
import nl.inburgering.contracts.common.Examenonderdeel;
import nl.inburgering.contracts.common.Examenuitslag;
import nl.inburgering.contracts.common.RedenGeenExamenresultaat;
import nl.inburgering.contracts.event.ExamenresultaatVastgesteld;
import nl.inburgering.contracts.testdata.ContractEvents;
import nl.inburgering.platform.deadletter.DeadLetterHeaders;
import nl.inburgering.platform.test.TestBsn;
import nl.inburgering.platform.test.TestPartner;

/**
 * Seed §5.2, §6.2 at the instelling: DUO shares the examenresultaten (#13) on the instelling's own topic; the
 * medewerker sees those of its own cursisten. The test plays DUO on the real broker.
 */
class ExamenresultatenTest extends InstellingIntegratie {

    private static ExamenresultaatVastgesteld.Builder uitslag(String bsn, List<String> instellingen) {
        return ContractEvents.examenresultaatVastgesteld().setBsn(bsn).setGemeentecode(AMSTERDAM)
                .setInstellingsnummers(instellingen);
    }

    private void wachtOpResultaten(String instelling, String id, int aantal) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> vraag(instelling,
                "/api/v1/cursisten/" + id + "/examenresultaten")
                .andExpect(jsonPath("$.examenresultaten.length()").value(aantal)));
    }

    @Test
    void de_instelling_ziet_de_examenresultaten_van_haar_eigen_cursist() throws Exception {
        String bsn = TestBsn.nieuw();
        String id = cursist(INSTELLING, bsn, null);
        LocalDate examen = vandaag().minusDays(20);

        duoPubliceert("sleutel-" + bsn, uitslag(bsn, List.of(INSTELLING)).setOnderdeel(Examenonderdeel.KNM)
                .setNiveau(Examenniveau.A2).setExamendatum(examen).setUitslag(Examenuitslag.GEZAKT)
                .setDatumDefinitieveUitslag(examen.plusDays(10)).build());
        duoPubliceert("sleutel-" + bsn, uitslag(bsn, List.of(INSTELLING)).setOnderdeel(Examenonderdeel.SP)
                .setNiveau(Examenniveau.B1).setExamendatum(examen.plusDays(5)).setUitslag(Examenuitslag.GEEN)
                .setRedenGeenResultaat(RedenGeenExamenresultaat.ABSENT)
                .setDatumDefinitieveUitslag(examen.plusDays(10)).build());
        wachtOpResultaten(INSTELLING, id, 2);

        vraag(INSTELLING, "/api/v1/cursisten/" + id + "/examenresultaten")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.examenresultaten[*].onderdeel", Matchers.contains("SP", "KNM")))
                .andExpect(jsonPath("$.examenresultaten[0].uitslag").value("GEEN"))
                .andExpect(jsonPath("$.examenresultaten[0].redenGeenResultaat").value("ABSENT"))
                .andExpect(jsonPath("$.examenresultaten[1].niveau").value("A2"))
                .andExpect(jsonPath("$.examenresultaten[1].uitslag").value("GEZAKT"))
                .andExpect(jsonPath("$.examenresultaten[1].examendatum").value(examen.toString()));
        assertThat(verwerkingen(bsn)).containsEntry(ACTIVITEIT + "examenresultaat-ontvangen", 2L)
                .containsKey(ACTIVITEIT + "examenresultaten-raadplegen");
    }

    @Test
    void een_uitslag_die_duo_nog_eens_levert_staat_er_een_keer() throws Exception {
        String bsn = TestBsn.nieuw();
        String id = cursist(INSTELLING, bsn, null);
        ExamenresultaatVastgesteld lezen = uitslag(bsn, List.of(INSTELLING)).build();

        duoPubliceert("sleutel-" + bsn, lezen);
        duoPubliceert("sleutel-" + bsn, lezen);
        // a later fact behind them on the same key: once it shows, both deliveries were handled
        duoPubliceert("sleutel-" + bsn, uitslag(bsn, List.of(INSTELLING)).setOnderdeel(Examenonderdeel.LU).build());
        wachtOpResultaten(INSTELLING, id, 2);

        vraag(INSTELLING, "/api/v1/cursisten/" + id + "/examenresultaten")
                .andExpect(jsonPath("$.examenresultaten[*].onderdeel", Matchers.containsInAnyOrder("LE", "LU")));
    }

    @Test
    void een_uitslag_van_iemand_die_nooit_cursist_was_bewaart_de_instelling_niet() throws Exception {
        String nooitCursist = TestBsn.nieuw();
        String bsn = TestBsn.nieuw();
        String id = cursist(INSTELLING, bsn, null);

        duoPubliceert("een-sleutel-" + bsn, uitslag(nooitCursist, List.of(INSTELLING)).build());
        duoPubliceert("een-sleutel-" + bsn, uitslag(bsn, List.of(INSTELLING)).build());
        wachtOpResultaten(INSTELLING, id, 1);

        // the fact before it on the same partition was handled, and left nothing of him: no record, no Logboek line
        assertThat(verwerkingen(nooitCursist)).isEmpty();
        String later = cursist(INSTELLING, nooitCursist, null);
        vraag(INSTELLING, "/api/v1/cursisten/" + later + "/examenresultaten")
                .andExpect(jsonPath("$.examenresultaten").isEmpty());
    }

    @Test
    void een_uitslag_voor_twee_instellingen_van_deze_dienst_komt_bij_elk_van_haar_cursisten_en_bij_geen_ander()
            throws Exception {
        String bsn = TestBsn.nieuw();
        String hier = cursist(INSTELLING, bsn, null);
        String daar = cursist(ANDERE_INSTELLING, bsn, null);
        String alleenHier = TestBsn.nieuw();
        String alleenHierId = cursist(INSTELLING, alleenHier, null);
        cursist(ANDERE_INSTELLING, alleenHier, null);

        duoPubliceert("sleutel-" + bsn, uitslag(bsn, List.of(INSTELLING, ANDERE_INSTELLING)).build());
        duoPubliceert("sleutel-" + alleenHier, uitslag(alleenHier, List.of(ANDERE_INSTELLING)).build());
        wachtOpResultaten(INSTELLING, hier, 1);
        wachtOpResultaten(ANDERE_INSTELLING, daar, 1);

        // DUO addressed alleenHier's result to the other instelling only: this one does not get it
        await().atMost(Duration.ofSeconds(30)).until(() -> verwerkingen(alleenHier)
                .containsKey(ACTIVITEIT + "examenresultaat-ontvangen"));
        vraag(INSTELLING, "/api/v1/cursisten/" + alleenHierId + "/examenresultaten")
                .andExpect(jsonPath("$.examenresultaten").isEmpty());
    }

    @Test
    void een_ongeldige_uitslag_gaat_met_de_reden_naar_de_dead_letter_topic() throws Exception {
        String bsn = TestBsn.nieuw();
        cursist(INSTELLING, bsn, null);

        duoPubliceert("sleutel-" + bsn, uitslag(bsn, List.of(INSTELLING)).setOnderdeel(Examenonderdeel.ONBEKEND)
                .build());

        var dodeLetter = TestPartner.wachtOpDodeLetter(kafka(), TopicCatalogue.EXAMENRESULTATEN,
                r -> TestPartner.bevat(r, bsn));
        assertThat(dodeLetter.topic()).endsWith(".instelling." + INSTELLING + "-dlt");
        String reden = new String(dodeLetter.headers().lastHeader(DeadLetterHeaders.REDEN).value(),
                StandardCharsets.UTF_8);
        assertThat(reden).isNotBlank().doesNotContain(bsn);
        assertThat(new String(dodeLetter.headers().lastHeader("kafka_dlt-exception-message").value(),
                StandardCharsets.UTF_8)).contains("onbekend examenonderdeel").doesNotContain(bsn);
    }
}
