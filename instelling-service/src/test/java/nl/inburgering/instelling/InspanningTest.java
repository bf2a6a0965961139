package nl.inburgering.instelling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

import nl.inburgering.contracts.TopicCatalogue;
import nl.inburgering.contracts.common.Actualisatiemoment;
import nl.inburgering.contracts.common.Leerroute;
import nl.inburgering.contracts.event.InspanningAsielstatushouderGemeld;
import nl.inburgering.contracts.event.InspanningGezinsmigrantGemeld;
import nl.inburgering.platform.events.AvroCodec;
import nl.inburgering.platform.test.TestBsn;
import nl.inburgering.platform.test.TestPartner;

/**
 * Seed §15.5 at the instelling, one source per fact: an asielstatushouder's inspanning (the gemeente bought his
 * lessons) reaches only that gemeente's topic, a gezinsmigrant's only DUO's; the other route stays empty. The test
 * reads the topics as the gemeente and DUO would.
 */
class InspanningTest extends InstellingIntegratie {

    private String stand(int dagenGeleden, int aangeboden, int aanwezig, int verzuim) {
        return """
                {"peildatum":"%s","urenAangeboden":%d,"urenAanwezig":%d,"urenOngeoorloofdVerzuim":%d,
                 "taalschakeltrajectAfgerond":false,"actualisatiemoment":"TUSSENTIJDS"}
                """.formatted(vandaag().minusDays(dagenGeleden), aangeboden, aanwezig, verzuim);
    }

    private ResultActions meld(String instelling, String id, String body) throws Exception {
        return stuur(instelling, "/api/v1/cursisten/" + id + "/inspanningen", body);
    }

    private static boolean opRouteNaarGemeente(String bsn) {
        return !TestPartner.alles(kafka(), TopicCatalogue.INSPANNING_INSTELLING_ASIELSTATUSHOUDER,
                r -> TestPartner.bevat(r, bsn)).isEmpty();
    }

    private static boolean opRouteNaarDuo(String bsn) {
        return !TestPartner.alles(kafka(), TopicCatalogue.INSPANNING_INSTELLING_GEZINSMIGRANT.name(),
                r -> TestPartner.bevat(r, bsn)).isEmpty();
    }

    @Test
    void de_inspanning_van_een_asielstatushouder_gaat_alleen_naar_de_gemeente_die_zijn_lessen_inkocht()
            throws Exception {
        String bsn = TestBsn.nieuw();
        String id = cursist(INSTELLING, bsn, AMSTERDAM);

        meld(INSTELLING, id, stand(1, 96, 90, 4))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.gemeldAan").value("GEMEENTE"))
                .andExpect(jsonPath("$.gemeentecode").value(AMSTERDAM))
                .andExpect(jsonPath("$.startdatumOnderwijs").value(vandaag().minusDays(50).toString()));

        ConsumerRecord<String, byte[]> record = TestPartner.wachtOp(kafka(),
                TestPartner.gemeentetopic(TopicCatalogue.INSPANNING_INSTELLING_ASIELSTATUSHOUDER, AMSTERDAM),
                r -> TestPartner.bevat(r, bsn));
        InspanningAsielstatushouderGemeld event = AvroCodec.decode(record.value(),
                InspanningAsielstatushouderGemeld.class);
        assertThat(event.getGemeentecode()).isEqualTo(AMSTERDAM);
        assertThat(event.getInspanning().getInstellingsnummer()).isEqualTo(INSTELLING);
        assertThat(event.getInspanning().getLeerroute()).isEqualTo(Leerroute.B1_ROUTE);
        assertThat(event.getInspanning().getPeildatum()).isEqualTo(vandaag().minusDays(1));
        assertThat(event.getInspanning().getStartdatumOnderwijs()).isEqualTo(vandaag().minusDays(50));
        assertThat(event.getInspanning().getUrenAangeboden()).isEqualTo(96);
        assertThat(event.getInspanning().getUrenAanwezig()).isEqualTo(90);
        assertThat(event.getInspanning().getUrenOngeoorloofdVerzuim()).isEqualTo(4);
        assertThat(event.getInspanning().getActualisatiemoment()).isEqualTo(Actualisatiemoment.TUSSENTIJDS);
        // the fact is on Amsterdam's topic only: not on another gemeente's, never straight to DUO
        assertThat(TestPartner.alles(kafka(), TestPartner.gemeentetopic(
                TopicCatalogue.INSPANNING_INSTELLING_ASIELSTATUSHOUDER, ROTTERDAM), r -> TestPartner.bevat(r, bsn)))
                .isEmpty();
        assertThat(opRouteNaarDuo(bsn)).isFalse();
        assertThat(verwerkingen(bsn)).containsEntry(ACTIVITEIT + "inspanning-melden", 1L);
    }

    @Test
    void de_inspanning_van_een_gezinsmigrant_gaat_alleen_rechtstreeks_naar_duo() throws Exception {
        String bsn = TestBsn.nieuw();
        String id = cursist(INSTELLING, bsn, null);

        meld(INSTELLING, id, stand(0, 40, 30, 10))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.gemeldAan").value("DUO"))
                .andExpect(jsonPath("$.gemeentecode").isEmpty());

        ConsumerRecord<String, byte[]> record = TestPartner.wachtOp(kafka(),
                TopicCatalogue.INSPANNING_INSTELLING_GEZINSMIGRANT.name(), r -> TestPartner.bevat(r, bsn));
        InspanningGezinsmigrantGemeld event = AvroCodec.decode(record.value(), InspanningGezinsmigrantGemeld.class);
        assertThat(event.getBsn()).isEqualTo(bsn);
        assertThat(event.getInspanning().getUrenOngeoorloofdVerzuim()).isEqualTo(10);
        assertThat(opRouteNaarGemeente(bsn)).isFalse();
    }

    @Test
    void elke_stand_gaat_een_keer_langs_een_route_en_een_oudere_peildatum_is_een_conflict() throws Exception {
        String bsn = TestBsn.nieuw();
        String id = cursist(INSTELLING, bsn, ROTTERDAM);
        meld(INSTELLING, id, stand(10, 40, 40, 0)).andExpect(status().isCreated());
        meld(INSTELLING, id, stand(2, 80, 70, 6)).andExpect(status().isCreated());

        meld(INSTELLING, id, stand(5, 60, 60, 0))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail", Matchers.containsString("peildatum")));
        // the same peildatum again is a correction
        meld(INSTELLING, id, stand(2, 80, 72, 4)).andExpect(status().isCreated());

        assertThat(TestPartner.wachtOp(kafka(), TopicCatalogue.INSPANNING_INSTELLING_ASIELSTATUSHOUDER,
                r -> TestPartner.bevat(r, bsn), 3)).hasSize(3);
        assertThat(TestPartner.alles(kafka(), TopicCatalogue.INSPANNING_INSTELLING_ASIELSTATUSHOUDER,
                r -> TestPartner.bevat(r, bsn))).hasSize(3);
        assertThat(opRouteNaarDuo(bsn)).isFalse();
        vraag(INSTELLING, "/api/v1/cursisten/" + id + "/inspanningen")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.inspanningen[*].urenAanwezig", Matchers.contains(72, 70, 40)))
                .andExpect(jsonPath("$.inspanningen[*].gemeldAan", Matchers.everyItem(Matchers.is("GEMEENTE"))));
    }

    @Test
    void een_stand_vol_fouten_krijgt_een_400_met_elk_probleem_en_gaat_nergens_heen() throws Exception {
        String bsn = TestBsn.nieuw();
        String id = cursist(INSTELLING, bsn, null);

        meld(INSTELLING, id, """
                {"peildatum":"%s","urenAangeboden":10,"urenAanwezig":12,"urenOngeoorloofdVerzuim":-1,
                 "taalschakeltrajectAfgerond":true,"actualisatiemoment":"ZOMAAR"}
                """.formatted(vandaag().plusDays(1)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.invalidParams[*].name", Matchers.containsInAnyOrder("peildatum",
                        "urenAanwezig", "urenOngeoorloofdVerzuim", "taalschakeltrajectAfgerond",
                        "actualisatiemoment")));
        meld(INSTELLING, id, stand(51, 1, 1, 0))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[0].name").value("peildatum"));

        assertThat(opRouteNaarDuo(bsn)).isFalse();
        assertThat(opRouteNaarGemeente(bsn)).isFalse();
        assertThat(verwerkingen(bsn)).doesNotContainKey(ACTIVITEIT + "inspanning-melden");
    }
}
