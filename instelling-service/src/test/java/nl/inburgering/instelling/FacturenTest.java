package nl.inburgering.instelling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.ResultActions;

import nl.inburgering.contracts.TopicCatalogue;
import nl.inburgering.contracts.common.Factuuroordeel;
import nl.inburgering.contracts.common.Leerroute;
import nl.inburgering.contracts.common.NiveauPip;
import nl.inburgering.contracts.event.FactuurBeoordeeld;
import nl.inburgering.contracts.event.FactuurIngediend;
import nl.inburgering.contracts.testdata.ContractEvents;
import nl.inburgering.platform.deadletter.DeadLetterHeaders;
import nl.inburgering.platform.events.AvroCodec;
import nl.inburgering.platform.test.TestBsn;
import nl.inburgering.platform.test.TestPartner;

/**
 * Seed §12.2 at the instelling: "De gecertificeerde instelling verstuurt de factuur elektronisch naar DUO" and "De
 * instelling ontvangt het betaalbaar gestelde bedrag". The test plays DUO on the real broker and PostgreSQL.
 */
class FacturenTest extends InstellingIntegratie {

    private static final String FACTUREN = "/api/v1/facturen";

    private String factuur(String factuurnummer, String bsn, String bedrag) {
        return """
                {"factuurnummer":"%s","bsn":"%s","leerroute":"B1_ROUTE","niveau":"B1",
                 "omschrijving":"Taalcursus B1, eerste periode","bedrag":%s,"factuurdatum":"%s"}
                """.formatted(factuurnummer, bsn, bedrag, vandaag().minusDays(3));
    }

    private ResultActions dienIn(String instelling, String body) throws Exception {
        return stuur(instelling, FACTUREN, body);
    }

    /** Sends a valid invoice for a new cursist of {@code instelling}; returns its id. */
    private String ingediend(String instelling, String factuurnummer, String bsn) throws Exception {
        cursist(instelling, bsn, null);
        return lees(dienIn(instelling, factuur(factuurnummer, bsn, "1250.00")).andExpect(status().isCreated()))
                .get("id").asString();
    }

    private static String nummer() {
        return "F-" + TestBsn.nieuw();
    }

    private FactuurBeoordeeld.Builder oordeel(String factuurnummer, String bsn) {
        return ContractEvents.factuurBeoordeeld().setFactuurnummer(factuurnummer).setInstellingsnummer(INSTELLING)
                .setBsn(bsn).setDatumBeoordeling(vandaag());
    }

    private void wachtOpStatus(String id, String status) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> vraag(INSTELLING, FACTUREN + "/" + id)
                .andExpect(jsonPath("$.status").value(status)));
    }

    @Test
    void een_factuur_van_een_cursist_gaat_als_factuur_ingediend_naar_duo() throws Exception {
        String bsn = TestBsn.nieuw();
        String factuurnummer = nummer();
        cursist(INSTELLING, bsn, null);

        dienIn(INSTELLING, factuur(factuurnummer, bsn, "1250.5"))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", Matchers.startsWith(FACTUREN + "/")))
                .andExpect(jsonPath("$.status").value("INGEDIEND"))
                .andExpect(jsonPath("$.instellingsnummer").value(INSTELLING))
                .andExpect(content().string(Matchers.containsString("\"bedrag\":1250.50")))
                .andExpect(jsonPath("$.bedragBetaalbaar").isEmpty());

        ConsumerRecord<String, byte[]> record = TestPartner.wachtOp(kafka(), TopicCatalogue.FACTUREN_INSTELLING.name(),
                r -> TestPartner.bevat(r, factuurnummer));
        FactuurIngediend event = AvroCodec.decode(record.value(), FactuurIngediend.class);
        assertThat(event.getFactuurnummer()).isEqualTo(factuurnummer);
        assertThat(event.getInstellingsnummer()).isEqualTo(INSTELLING);
        assertThat(event.getBsn()).isEqualTo(bsn);
        assertThat(event.getLeerroute()).isEqualTo(Leerroute.B1_ROUTE);
        assertThat(event.getNiveau()).isEqualTo(NiveauPip.B1);
        assertThat(event.getBedrag()).isEqualTo(new BigDecimal("1250.50"));
        assertThat(event.getFactuurdatum()).isEqualTo(vandaag().minusDays(3));
        assertThat(verwerkingen(bsn)).containsEntry(ACTIVITEIT + "factuur-indienen", 1L);
    }

    @Test
    void dezelfde_factuur_nog_eens_geeft_de_ingediende_en_gaat_niet_nog_eens_naar_duo() throws Exception {
        String bsn = TestBsn.nieuw();
        String factuurnummer = nummer();
        String id = ingediend(INSTELLING, factuurnummer, bsn);

        dienIn(INSTELLING, factuur(factuurnummer, bsn, "1250"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(id));
        dienIn(INSTELLING, factuur(factuurnummer, bsn, "999.99"))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));

        // a later invoice behind it on the same key: once it shows, the repeat would have shown before it
        String later = nummer();
        dienIn(INSTELLING, factuur(later, bsn, "10.00")).andExpect(status().isCreated());
        assertThat(TestPartner.wachtOp(kafka(), TopicCatalogue.FACTUREN_INSTELLING.name(),
                r -> TestPartner.bevat(r, later))).isNotNull();
        assertThat(TestPartner.alles(kafka(), TopicCatalogue.FACTUREN_INSTELLING.name(),
                r -> TestPartner.bevat(r, factuurnummer))).hasSize(1);
    }

    @Test
    void een_onjuiste_factuur_geeft_elk_probleem_in_een_antwoord() throws Exception {
        dienIn(INSTELLING, """
                {"factuurnummer":" ","bsn":"123456789","leerroute":"Q_ROUTE","omschrijving":"",
                 "bedrag":12.345,"factuurdatum":"%s"}""".formatted(vandaag().plusDays(1)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.invalidParams[*].name", Matchers.containsInAnyOrder("factuurnummer", "bsn",
                        "leerroute", "niveau", "omschrijving", "bedrag", "factuurdatum")));
        dienIn(INSTELLING, """
                {"factuurnummer":"F-1","bsn":"%s","leerroute":"Z_ROUTE","niveau":"B1","omschrijving":"Z-route",
                 "bedrag":-5,"factuurdatum":"%s"}""".formatted(TestBsn.nieuw(), vandaag()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[*].code", Matchers.containsInAnyOrder("notAllowed", "min")));
        dienIn(INSTELLING, "{}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[*].code", Matchers.everyItem(Matchers.is("required"))));
        vraag(INSTELLING, FACTUREN + "?status=BETAALD")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[0].name").value("status"));
    }

    @Test
    void een_factuur_voor_iemand_die_geen_cursist_van_de_instelling_is_bestaat_niet() throws Exception {
        String bsn = TestBsn.nieuw();
        cursist(ANDERE_INSTELLING, bsn, null);

        dienIn(INSTELLING, factuur(nummer(), bsn, "100.00"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        assertThat(verwerkingen(bsn)).doesNotContainKey(ACTIVITEIT + "factuur-indienen");
    }

    @Test
    void een_betaalbaarstelling_van_duo_geeft_de_factuur_het_bedrag_en_de_datum() throws Exception {
        String bsn = TestBsn.nieuw();
        String factuurnummer = nummer();
        String id = ingediend(INSTELLING, factuurnummer, bsn);

        duoPubliceert("sleutel-" + bsn, oordeel(factuurnummer, bsn).setOordeel(Factuuroordeel.BETAALBAAR_GESTELD)
                .setBedragBetaalbaar(new BigDecimal("1250.00")).build());
        wachtOpStatus(id, "BETAALBAAR_GESTELD");

        vraag(INSTELLING, FACTUREN + "/" + id)
                .andExpect(content().string(Matchers.containsString("\"bedragBetaalbaar\":1250.00")))
                .andExpect(jsonPath("$.datumBeoordeling").value(vandaag().toString()))
                .andExpect(jsonPath("$.redenenAfwijzing").isEmpty());
        vraag(INSTELLING, FACTUREN + "?status=BETAALBAAR_GESTELD&paginaGrootte=100")
                .andExpect(jsonPath("$.facturen[*].id", Matchers.hasItem(id)));
        vraag(INSTELLING, FACTUREN + "?status=INGEDIEND&paginaGrootte=100")
                .andExpect(jsonPath("$.facturen[*].id", Matchers.not(Matchers.hasItem(id))));
        assertThat(verwerkingen(bsn)).containsEntry(ACTIVITEIT + "factuurbeoordeling-ontvangen", 1L)
                .containsKey(ACTIVITEIT + "factuur-raadplegen").containsKey(ACTIVITEIT + "facturen-raadplegen");
    }

    @Test
    void een_afwijzing_van_duo_staat_bij_de_factuur_met_elke_reden_en_een_keer() throws Exception {
        String bsn = TestBsn.nieuw();
        String factuurnummer = nummer();
        String id = ingediend(INSTELLING, factuurnummer, bsn);
        FactuurBeoordeeld afwijzing = oordeel(factuurnummer, bsn).setOordeel(Factuuroordeel.AFGEWEZEN)
                .setBedragBetaalbaar(BigDecimal.ZERO.setScale(2))
                .setRedenenAfwijzing(List.of("Het PIP is nog niet vastgesteld",
                        "Het onderwijs is niet conform de leerroute van het PIP"))
                .build();

        duoPubliceert("sleutel-" + bsn, afwijzing);
        duoPubliceert("sleutel-" + bsn, afwijzing);
        wachtOpStatus(id, "AFGEWEZEN");

        vraag(INSTELLING, FACTUREN + "/" + id)
                .andExpect(jsonPath("$.redenenAfwijzing", Matchers.contains("Het PIP is nog niet vastgesteld",
                        "Het onderwijs is niet conform de leerroute van het PIP")))
                .andExpect(jsonPath("$.bedragBetaalbaar").isEmpty());
        // the same fact twice (one CloudEvents id each, two deliveries): a later fact behind it on the same key
        String later = nummer();
        String laterId = lees(dienIn(INSTELLING, factuur(later, bsn, "20.00")).andExpect(status().isCreated()))
                .get("id").asString();
        duoPubliceert("sleutel-" + bsn, oordeel(later, bsn).setBedragBetaalbaar(new BigDecimal("20.00")).build());
        wachtOpStatus(laterId, "BETAALBAAR_GESTELD");
        assertThat(verwerkingen(bsn)).containsEntry(ACTIVITEIT + "factuurbeoordeling-ontvangen", 2L);
    }

    @Test
    void een_beoordeling_van_een_onbekende_factuur_gaat_met_de_reden_naar_de_dead_letter_topic() throws Exception {
        String bsn = TestBsn.nieuw();
        cursist(INSTELLING, bsn, null);

        duoPubliceert("sleutel-" + bsn, oordeel("F-NOOIT-INGEDIEND", bsn).build());

        var dodeLetter = TestPartner.wachtOpDodeLetter(kafka(), TopicCatalogue.FACTUURBEOORDELINGEN,
                r -> TestPartner.bevat(r, "F-NOOIT-INGEDIEND"));
        assertThat(dodeLetter.topic()).endsWith(".instelling." + INSTELLING + "-dlt");
        assertThat(new String(dodeLetter.headers().lastHeader(DeadLetterHeaders.REDEN).value(),
                StandardCharsets.UTF_8)).isNotBlank().doesNotContain(bsn);
        assertThat(new String(dodeLetter.headers().lastHeader("kafka_dlt-exception-message").value(),
                StandardCharsets.UTF_8)).contains("niet indiende").doesNotContain(bsn);
        assertThat(verwerkingen(bsn)).doesNotContainKey(ACTIVITEIT + "factuurbeoordeling-ontvangen");
    }

    @Test
    void een_betaalbaarstelling_boven_het_gefactureerde_bedrag_wordt_niet_overgenomen() throws Exception {
        String bsn = TestBsn.nieuw();
        String factuurnummer = nummer();
        String id = ingediend(INSTELLING, factuurnummer, bsn);

        duoPubliceert("sleutel-" + bsn, oordeel(factuurnummer, bsn).setBedragBetaalbaar(new BigDecimal("1250.01"))
                .build());

        var dodeLetter = TestPartner.wachtOpDodeLetter(kafka(), TopicCatalogue.FACTUURBEOORDELINGEN,
                r -> TestPartner.bevat(r, factuurnummer));
        assertThat(new String(dodeLetter.headers().lastHeader("kafka_dlt-exception-message").value(),
                StandardCharsets.UTF_8)).contains("hoger dan het gefactureerde");
        vraag(INSTELLING, FACTUREN + "/" + id).andExpect(jsonPath("$.status").value("INGEDIEND"));
    }

    @Test
    void een_andere_instelling_kan_de_factuur_niet_lezen() throws Exception {
        String bsn = TestBsn.nieuw();
        String id = ingediend(INSTELLING, nummer(), bsn);

        vraag(ANDERE_INSTELLING, FACTUREN + "/" + id)
                .andExpect(status().isNotFound())
                .andExpect(content().string(Matchers.not(Matchers.containsString(bsn))));
        vraag(ANDERE_INSTELLING, FACTUREN + "?paginaGrootte=100")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.facturen[*].id", Matchers.not(Matchers.hasItem(id))))
                .andExpect(content().string(Matchers.not(Matchers.containsString(bsn))));
        vraag(INSTELLING, FACTUREN + "?paginaGrootte=100")
                .andExpect(jsonPath("$.facturen[*].id", Matchers.hasItem(id)));
    }
}
