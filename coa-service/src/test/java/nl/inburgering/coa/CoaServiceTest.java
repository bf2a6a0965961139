package nl.inburgering.coa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import nl.inburgering.coa.bewoner.persistence.InburgeringsplichtRepository;
import nl.inburgering.contracts.TopicCatalogue;
import nl.inburgering.contracts.common.Alfabetiseringsonderwijs;
import nl.inburgering.contracts.common.Betrokkenheidsvariant;
import nl.inburgering.contracts.common.Doelgroepindeling;
import nl.inburgering.contracts.common.GedetailleerdeDoelgroep;
import nl.inburgering.contracts.common.Klantprofielmoment;
import nl.inburgering.contracts.common.Ontvanger;
import nl.inburgering.contracts.event.InburgeraarGekoppeldAanGemeente;
import nl.inburgering.contracts.event.InburgeringsplichtVastgesteld;
import nl.inburgering.contracts.event.KlantprofielGedeeld;
import nl.inburgering.contracts.testdata.ContractEvents;
import nl.inburgering.platform.events.AvroCodec;
import nl.inburgering.platform.logboek.Logboekinzage;
import nl.inburgering.platform.logboek.Verwerkingsrecord;
import nl.inburgering.platform.security.Rol;
import nl.inburgering.platform.test.KetenTestInfrastructuur;
import nl.inburgering.platform.test.TestBsn;
import nl.inburgering.platform.test.TestPartner;
import nl.inburgering.platform.test.TestTokens;
import nl.inburgering.platform.time.VerschuifbareKlok;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Seed §3.3 at COA: bewoners, #3 in, koppeling (#14), klantprofiel (#15), afspraak, warme overdracht, uitstroom. */
@SpringBootTest(properties = { "spring.config.name=coa-service", "keten.klok.verschuifbaar=true",
        "keten.coa.afspraak-interval=PT1S" })
@AutoConfigureMockMvc
@ContextConfiguration(initializers = KetenTestInfrastructuur.class)
@DirtiesContext
class CoaServiceTest {

    private static final String COA_OIN = "00000001004210413000";
    private static final String AMSTERDAM = "0363";
    private static final String ROTTERDAM = "0599";
    private static final String AZC_GEMEENTE = "0344";
    private static final Map<String, String> OIN = Map.of(AMSTERDAM, "00000001002564440000",
            ROTTERDAM, "00000001002220647000");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;
    @Autowired
    InburgeringsplichtRepository plichten;
    @Autowired
    Logboekinzage logboekinzage;

    record Bewoner(String id, String bsn) {
    }

    @AfterEach
    void klokTerug() {
        VerschuifbareKlok.GEDEELD.zetTerug();
    }

    // ---- the partners and the callers

    private static String kafka() {
        return KetenTestInfrastructuur.kafkaBootstrapServers();
    }

    private static LocalDate vandaag() {
        return LocalDate.now(VerschuifbareKlok.GEDEELD);
    }

    private static String coa() {
        return TestTokens.voor("coa-service").rol(Rol.COA_MEDEWERKER).oin(COA_OIN).bearer();
    }

    private static String klantmanager(String gemeente) {
        return TestTokens.voor("coa-service").rol(Rol.GEMEENTE_KLANTMANAGER).gemeente(gemeente, OIN.get(gemeente))
                .bearer();
    }

    private static MockHttpServletRequestBuilder alsCoa(MockHttpServletRequestBuilder request, String json) {
        return request.header("Authorization", coa()).contentType(MediaType.APPLICATION_JSON).content(json);
    }

    private static MockHttpServletRequestBuilder alsGemeente(String gemeente, MockHttpServletRequestBuilder request,
            String json) {
        return request.header("Authorization", klantmanager(gemeente)).contentType(MediaType.APPLICATION_JSON)
                .content(json);
    }

    private static void duoLevert(String sleutel, String bsn, Ontvanger ontvanger) {
        TestPartner.publiceer(kafka(), sleutel, ContractEvents.inburgeringsplichtVastgesteld().setBsn(bsn)
                .setGemeentecode(AZC_GEMEENTE).setBegindatum(LocalDate.of(2026, 1, 12))
                .setDoelgroep(Doelgroepindeling.ASIELSTATUSHOUDER)
                .setGedetailleerdeDoelgroep(GedetailleerdeDoelgroep.ASIELSTATUSHOUDER)
                .setOntvanger(ontvanger).build());
    }

    private JsonNode json(ResultActions resultaat) throws Exception {
        return JSON.readTree(resultaat.andReturn().getResponse().getContentAsString());
    }

    private String registreer(String bsn) throws Exception {
        return json(mvc.perform(alsCoa(post("/api/v1/bewoners"), """
                {"bsn":"%s","vNummer":"%s","azcLocatie":"AZC Utrecht"}
                """.formatted(bsn, "6" + bsn))).andExpect(status().isCreated())).at("/id").asString();
    }

    private ResultActions dossier(Bewoner bewoner) throws Exception {
        return mvc.perform(get("/api/v1/bewoners/" + bewoner.id()).header("Authorization", coa()));
    }

    /** A registered bewoner whose plicht DUO delivered to COA. */
    private Bewoner plichtigeBewoner() throws Exception {
        String bsn = TestBsn.nieuw();
        duoLevert("s-" + bsn, bsn, Ontvanger.COA);
        Bewoner bewoner = new Bewoner(registreer(bsn), bsn);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> dossier(bewoner)
                .andExpect(jsonPath("$.inburgeringsplicht.doelgroep").value("ASIELSTATUSHOUDER")));
        return bewoner;
    }

    private String koppel(Bewoner bewoner, String gemeente) throws Exception {
        return json(mvc.perform(alsCoa(post("/api/v1/bewoners/" + bewoner.id() + "/koppeling"),
                "{\"gemeentecode\":\"" + gemeente + "\"}")).andExpect(status().isCreated())).at("/id").asString();
    }

    private ResultActions werkKlantprofielBij(Bewoner bewoner, String talen, int uren) throws Exception {
        return mvc.perform(alsCoa(put("/api/v1/bewoners/" + bewoner.id() + "/klantprofiel"), """
                {"geboorteland":"SY","talen":[%s],"hoogstGenotenOpleiding":"middelbare school","werkervaring":"kok",
                 "alfabetiseringsbehoefte":"AA","voorinburgeringGevolgd":true,"urenVoorinburgering":%d}
                """.formatted(talen, uren)));
    }

    private ResultActions afspraak(String gemeente, String koppelingId, String variant) throws Exception {
        return mvc.perform(alsGemeente(gemeente, put("/api/v1/koppelingen/" + koppelingId + "/afspraak"),
                "{\"variant\":\"" + variant + "\"}"));
    }

    private ResultActions planWarmeOverdracht(String gemeente, String koppelingId, LocalDate datum) throws Exception {
        return mvc.perform(alsGemeente(gemeente, put("/api/v1/koppelingen/" + koppelingId + "/warme-overdracht"),
                "{\"datum\":\"" + datum + "\"}"));
    }

    private ResultActions zoekKoppeling(String gemeente, String bsn) throws Exception {
        return mvc.perform(alsGemeente(gemeente, post("/api/v1/koppelingen/_zoek"), "{\"bsn\":\"" + bsn + "\"}"));
    }

    /** The first {@code aantal} events about {@code bsn} on the topic of {@code type}, in order (one key). */
    private static <T extends SpecificRecord> List<T> gepubliceerd(Class<T> type, String bsn, int aantal) {
        return records(type, bsn, aantal).stream().map(r -> AvroCodec.decode(r.value(), type)).toList();
    }

    private static List<ConsumerRecord<String, byte[]>> records(Class<? extends SpecificRecord> type, String bsn,
            int aantal) {
        // every recipient's topic of the stelseldienst (decision 0018), each fact once, in the order published
        return TestPartner.wachtOp(kafka(), TopicCatalogue.forSchema(type), r -> TestPartner.bevat(r, bsn), aantal)
                .subList(0, aantal);
    }

    // ---- bewoners

    @Test
    void een_bewoner_wordt_geregistreerd_met_een_id_en_is_te_vinden_zonder_bsn_in_de_url() throws Exception {
        String bsn = TestBsn.nieuw();

        String id = json(mvc.perform(alsCoa(post("/api/v1/bewoners"), """
                {"bsn":"%s","vNummer":"1%s","azcLocatie":"AZC Budel-Cranendonck"}
                """.formatted(bsn, bsn)))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", Matchers.startsWith("/api/v1/bewoners/")))
                .andExpect(header().string("Location", Matchers.not(Matchers.containsString(bsn))))
                .andExpect(jsonPath("$.azcLocatie").value("AZC Budel-Cranendonck"))).at("/id").asString();

        assertThat(UUID.fromString(id)).isNotNull();
        mvc.perform(get("/api/v1/bewoners/" + id).header("Authorization", coa()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.bsn").value(bsn))
                .andExpect(jsonPath("$.vNummer").value("1" + bsn))
                .andExpect(jsonPath("$.inburgeringsplicht").doesNotExist())
                .andExpect(jsonPath("$.koppeling").doesNotExist())
                .andExpect(jsonPath("$.koppelingshistorie").isEmpty());
        mvc.perform(alsCoa(post("/api/v1/bewoners/_zoek"), "{\"bsn\":\"" + bsn + "\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.bewoners[0].id").value(id))
                .andExpect(jsonPath("$.bewoners[0].inburgeringsplichtig").value(false));
        mvc.perform(get("/api/v1/bewoners").param("paginaGrootte", "100").header("Authorization", coa()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.bewoners[*].id", Matchers.hasItem(id)))
                .andExpect(jsonPath("$.pagina").value(1));
    }

    @Test
    void een_persoon_wordt_maar_een_keer_als_bewoner_geregistreerd() throws Exception {
        String bsn = TestBsn.nieuw();
        registreer(bsn);

        mvc.perform(alsCoa(post("/api/v1/bewoners"), """
                {"bsn":"%s","vNummer":"7%s","azcLocatie":"AZC Utrecht"}
                """.formatted(bsn, bsn)))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void ongeldige_invoer_is_een_400_die_elk_fout_veld_noemt() throws Exception {
        mvc.perform(alsCoa(post("/api/v1/bewoners"), "{\"bsn\":\"123456789\",\"vNummer\":\"12\",\"azcLocatie\":\"\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.invalidParams[*].name",
                        Matchers.containsInAnyOrder("azcLocatie", "bsn", "vNummer")));
        Bewoner bewoner = new Bewoner(registreer(TestBsn.nieuw()), null);
        werkKlantprofielBij(bewoner, "\"ara\"", -1)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[*].name",
                        Matchers.containsInAnyOrder("talen[0]", "urenVoorinburgering")));
        mvc.perform(alsCoa(post("/api/v1/bewoners/" + bewoner.id() + "/koppeling"), "{\"gemeentecode\":\"363\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[0].name").value("gemeentecode"));
    }

    @Test
    void een_nul_teken_een_paginanummer_voorbij_het_maximum_en_een_uitstroom_in_9999_zijn_400_en_geen_500()
            throws Exception {
        mvc.perform(alsCoa(post("/api/v1/bewoners"), """
                {"bsn":"%s","vNummer":"6%s","azcLocatie":"AZC\\u0000Utrecht"}
                """.formatted(TestBsn.nieuw(), TestBsn.nieuw())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[0].name").value("azcLocatie"))
                .andExpect(jsonPath("$.invalidParams[0].code").value("controlCharacter"));
        mvc.perform(get("/api/v1/bewoners").param("pagina", "2147483647").header("Authorization", coa()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[0].name").value("pagina"));
        Bewoner bewoner = new Bewoner(registreer(TestBsn.nieuw()), null);
        mvc.perform(alsCoa(post("/api/v1/bewoners/" + bewoner.id() + "/koppeling"),
                        "{\"gemeentecode\":\"0363\",\"verwachteDatumUitstroom\":\"9999-12-31\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[0].name").value("verwachteDatumUitstroom"))
                .andExpect(jsonPath("$.invalidParams[0].code").value("range"));
    }

    @Test
    void een_onbekende_bewoner_is_een_404() throws Exception {
        mvc.perform(get("/api/v1/bewoners/" + UUID.randomUUID()).header("Authorization", coa()))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    // ---- #3 in

    @Test
    void coa_neemt_alleen_een_plicht_op_die_voor_coa_bedoeld_is() throws Exception {
        Bewoner voorGemeente = new Bewoner(null, TestBsn.nieuw());
        voorGemeente = new Bewoner(registreer(voorGemeente.bsn()), voorGemeente.bsn());
        Bewoner voorCoa = new Bewoner(null, TestBsn.nieuw());
        voorCoa = new Bewoner(registreer(voorCoa.bsn()), voorCoa.bsn());
        String sleutel = "dezelfde-partitie-" + UUID.randomUUID();

        duoLevert(sleutel, voorGemeente.bsn(), Ontvanger.GEMEENTE);
        duoLevert(sleutel, voorCoa.bsn(), Ontvanger.COA);

        Bewoner coaBewoner = voorCoa;
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> dossier(coaBewoner)
                .andExpect(jsonPath("$.inburgeringsplicht.begindatum").value("2026-01-12"))
                .andExpect(jsonPath("$.inburgeringsplicht.gemeentecodeInschrijving").value(AZC_GEMEENTE)));
        dossier(voorGemeente).andExpect(jsonPath("$.inburgeringsplicht").doesNotExist());
        mvc.perform(alsCoa(post("/api/v1/bewoners/" + voorGemeente.id() + "/koppeling"), "{\"gemeentecode\":\"0363\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", Matchers.containsString("geen inburgeringsplicht")));
    }

    @Test
    void een_plicht_die_binnenkomt_voor_de_registratie_hoort_daarna_bij_de_bewoner() throws Exception {
        String bsn = TestBsn.nieuw();
        duoLevert("s-" + bsn, bsn, Ontvanger.COA);
        await().atMost(Duration.ofSeconds(30)).until(() -> plichten.existsById(bsn));

        Bewoner bewoner = new Bewoner(registreer(bsn), bsn);

        dossier(bewoner).andExpect(jsonPath("$.inburgeringsplicht.gedetailleerdeDoelgroep").value("ASIELSTATUSHOUDER"));
    }

    // ---- koppeling: #14 and #15

    @Test
    void de_koppeling_publiceert_de_notificatie_aan_gemeente_en_duo_en_het_klantprofiel() throws Exception {
        Bewoner bewoner = plichtigeBewoner();
        werkKlantprofielBij(bewoner, "\"ar\",\"en\"", 0).andExpect(status().isOk());

        String koppelingId = koppel(bewoner, ROTTERDAM);

        ConsumerRecord<String, byte[]> record = records(InburgeraarGekoppeldAanGemeente.class, bewoner.bsn(), 1).get(0);
        assertThat(record.key()).doesNotContain(bewoner.bsn());
        assertThat(new String(record.headers().lastHeader("ce_type").value(), StandardCharsets.UTF_8))
                .isEqualTo("nl.inburgering.inburgeraar-gekoppeld-aan-gemeente");
        InburgeraarGekoppeldAanGemeente gekoppeld = AvroCodec.decode(record.value(),
                InburgeraarGekoppeldAanGemeente.class);
        assertThat(gekoppeld.getGemeentecode()).isEqualTo(ROTTERDAM);
        assertThat(gekoppeld.getVNummer()).isEqualTo("6" + bewoner.bsn());
        assertThat(gekoppeld.getVorigeGemeentecode()).isNull();
        assertThat(gekoppeld.getDatumKoppeling()).isEqualTo(vandaag());
        assertThat(gekoppeld.getAzcLocatie()).isEqualTo("AZC Utrecht");
        KlantprofielGedeeld profiel = gepubliceerd(KlantprofielGedeeld.class, bewoner.bsn(), 1).get(0);
        assertThat(profiel.getMoment()).isEqualTo(Klantprofielmoment.KOPPELING);
        assertThat(profiel.getGemeentecode()).isEqualTo(ROTTERDAM);
        assertThat(profiel.getTalen()).containsExactly("ar", "en");
        assertThat(profiel.getAlfabetiseringsbehoefte()).isEqualTo(Alfabetiseringsonderwijs.AA);
        assertThat(profiel.getAfgesprokenVariant()).isNull();
        assertThat(profiel.getVoorinburgeringGeaccepteerd()).isNull();
        dossier(bewoner)
                .andExpect(jsonPath("$.koppeling.id").value(koppelingId))
                .andExpect(jsonPath("$.koppeling.afspraakUiterlijk").value(vandaag().plusDays(14).toString()))
                .andExpect(jsonPath("$.gedeeldeKlantprofielen[0].moment").value("KOPPELING"))
                .andExpect(jsonPath("$.gedeeldeKlantprofielen[0].klantprofielVersie").value(1));
    }

    @Test
    void een_herkoppeling_noemt_de_vorige_gemeente_en_brengt_afspraak_en_warme_overdracht_naar_de_nieuwe()
            throws Exception {
        Bewoner bewoner = plichtigeBewoner();
        String eerste = koppel(bewoner, AMSTERDAM);
        afspraak(AMSTERDAM, eerste, "BREDE_INTAKE_NA_VESTIGING").andExpect(status().isOk());
        planWarmeOverdracht(AMSTERDAM, eerste, vandaag().plusDays(10)).andExpect(status().isOk());

        String tweede = koppel(bewoner, ROTTERDAM);

        List<InburgeraarGekoppeldAanGemeente> notificaties = gepubliceerd(InburgeraarGekoppeldAanGemeente.class,
                bewoner.bsn(), 2);
        assertThat(notificaties.get(1).getGemeentecode()).isEqualTo(ROTTERDAM);
        assertThat(notificaties.get(1).getVorigeGemeentecode()).isEqualTo(AMSTERDAM);
        KlantprofielGedeeld aanRotterdam = gepubliceerd(KlantprofielGedeeld.class, bewoner.bsn(), 2).get(1);
        assertThat(aanRotterdam.getMoment()).isEqualTo(Klantprofielmoment.KOPPELING);
        assertThat(aanRotterdam.getGemeentecode()).isEqualTo(ROTTERDAM);
        assertThat(aanRotterdam.getAfgesprokenVariant()).isNull();
        assertThat(aanRotterdam.getDatumWarmeOverdracht()).isNull();
        zoekKoppeling(AMSTERDAM, bewoner.bsn()).andExpect(status().isOk()).andExpect(jsonPath("$.koppelingen").isEmpty());
        afspraak(AMSTERDAM, eerste, "BREDE_INTAKE_EN_PIP_CONTOUREN_IN_AZC").andExpect(status().isNotFound());
        zoekKoppeling(ROTTERDAM, bewoner.bsn())
                .andExpect(jsonPath("$.koppelingen[0].id").value(tweede))
                .andExpect(jsonPath("$.koppelingen[0].vorigeGemeentecode").value(AMSTERDAM))
                .andExpect(jsonPath("$.koppelingen[0].afspraak").doesNotExist())
                .andExpect(jsonPath("$.koppelingen[0].warmeOverdracht").doesNotExist())
                .andExpect(jsonPath("$.koppelingen[0].afspraakUiterlijk").value(vandaag().plusDays(14).toString()));
        dossier(bewoner)
                .andExpect(jsonPath("$.koppeling.gemeentecode").value(ROTTERDAM))
                .andExpect(jsonPath("$.koppelingshistorie.length()").value(2))
                .andExpect(jsonPath("$.koppelingshistorie[0].actueel").value(false))
                .andExpect(jsonPath("$.koppelingshistorie[0].afspraak.variant").value("BREDE_INTAKE_NA_VESTIGING"));
        mvc.perform(alsCoa(post("/api/v1/bewoners/" + bewoner.id() + "/koppeling"), "{\"gemeentecode\":\"0599\"}"))
                .andExpect(status().isConflict());
    }

    // ---- klantprofiel, afspraak, voorinburgering, warme overdracht

    @Test
    void een_update_van_het_klantprofiel_gaat_naar_de_gekoppelde_gemeente_met_de_actuele_afspraken()
            throws Exception {
        Bewoner bewoner = plichtigeBewoner();
        werkKlantprofielBij(bewoner, "\"ar\"", 0).andExpect(status().isOk()).andExpect(jsonPath("$.versie").value(1));
        String koppelingId = koppel(bewoner, AMSTERDAM);
        afspraak(AMSTERDAM, koppelingId, "BREDE_INTAKE_EN_PIP_CONTOUREN_IN_AZC")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.wijze").value("MET_GEMEENTE"));
        mvc.perform(alsCoa(post("/api/v1/bewoners/" + bewoner.id() + "/voorinburgering"), "{\"geaccepteerd\":true}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.geaccepteerd").value(true));
        planWarmeOverdracht(AMSTERDAM, koppelingId, vandaag().plusDays(7)).andExpect(status().isOk());

        werkKlantprofielBij(bewoner, "\"ar\",\"nl\"", 40).andExpect(status().isOk())
                .andExpect(jsonPath("$.versie").value(2));

        List<KlantprofielGedeeld> profielen = gepubliceerd(KlantprofielGedeeld.class, bewoner.bsn(), 3);
        assertThat(profielen).extracting(KlantprofielGedeeld::getMoment).containsExactly(Klantprofielmoment.KOPPELING,
                Klantprofielmoment.BIJGEWERKT_TIJDENS_VOORINBURGERING,
                Klantprofielmoment.BIJGEWERKT_TIJDENS_VOORINBURGERING);
        KlantprofielGedeeld laatste = profielen.get(2);
        assertThat(laatste.getGemeentecode()).isEqualTo(AMSTERDAM);
        assertThat(laatste.getTalen()).containsExactly("ar", "nl");
        assertThat(laatste.getUrenVoorinburgering()).isEqualTo(40);
        assertThat(laatste.getDatumBijgewerkt()).isEqualTo(vandaag());
        assertThat(laatste.getAfgesprokenVariant())
                .isEqualTo(Betrokkenheidsvariant.BREDE_INTAKE_EN_PIP_CONTOUREN_IN_AZC);
        assertThat(laatste.getDatumWarmeOverdracht()).isEqualTo(vandaag().plusDays(7));
        assertThat(laatste.getVoorinburgeringGeaccepteerd()).isTrue();
        assertThat(profielen.get(1).getVoorinburgeringGeaccepteerd()).isTrue();
        dossier(bewoner)
                .andExpect(jsonPath("$.klantprofiel.versie").value(2))
                .andExpect(jsonPath("$.klantprofielhistorie.length()").value(2))
                .andExpect(jsonPath("$.klantprofielhistorie[0].talen[0]").value("ar"))
                .andExpect(jsonPath("$.voorinburgering.geaccepteerd").value(true))
                .andExpect(jsonPath("$.koppeling.warmeOverdracht.gepland").value(vandaag().plusDays(7).toString()))
                .andExpect(jsonPath("$.gedeeldeKlantprofielen.length()").value(3));
    }

    @Test
    void een_update_van_een_niet_gekoppelde_bewoner_wordt_met_niemand_gedeeld() throws Exception {
        Bewoner bewoner = plichtigeBewoner();

        werkKlantprofielBij(bewoner, "\"ti\"", 0).andExpect(status().isOk());

        dossier(bewoner)
                .andExpect(jsonPath("$.klantprofiel.talen[0]").value("ti"))
                .andExpect(jsonPath("$.gedeeldeKlantprofielen").isEmpty());
    }

    @Test
    void in_variant_1_weigert_coa_de_voorinburgering_want_de_gemeente_geeft_al_lessen() throws Exception {
        Bewoner bewoner = plichtigeBewoner();
        String koppelingId = koppel(bewoner, AMSTERDAM);
        afspraak(AMSTERDAM, koppelingId, "BREDE_INTAKE_PIP_EN_AANBOD_IN_AZC").andExpect(status().isOk());

        mvc.perform(alsCoa(post("/api/v1/bewoners/" + bewoner.id() + "/voorinburgering"), "{\"geaccepteerd\":true}"))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail", Matchers.containsString("variant 1")));
        dossier(bewoner).andExpect(jsonPath("$.voorinburgering").doesNotExist());
    }

    @Test
    void de_warme_overdracht_op_initiatief_van_de_gemeente_deelt_het_klantprofiel_opnieuw() throws Exception {
        Bewoner bewoner = plichtigeBewoner();
        String koppelingId = koppel(bewoner, AMSTERDAM);
        mvc.perform(alsCoa(post("/api/v1/bewoners/" + bewoner.id() + "/warme-overdracht"), ""))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", Matchers.containsString("initiatief")));
        planWarmeOverdracht(AMSTERDAM, koppelingId, vandaag().minusDays(1)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[0].name").value("datum"));
        planWarmeOverdracht(AMSTERDAM, koppelingId, vandaag()).andExpect(status().isOk());

        mvc.perform(alsCoa(post("/api/v1/bewoners/" + bewoner.id() + "/warme-overdracht"), ""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.gehouden").value(vandaag().toString()));

        KlantprofielGedeeld profiel = gepubliceerd(KlantprofielGedeeld.class, bewoner.bsn(), 2).get(1);
        assertThat(profiel.getMoment()).isEqualTo(Klantprofielmoment.WARME_OVERDRACHT);
        assertThat(profiel.getDatumWarmeOverdracht()).isEqualTo(vandaag());
        mvc.perform(alsCoa(post("/api/v1/bewoners/" + bewoner.id() + "/warme-overdracht"), ""))
                .andExpect(status().isConflict());
        planWarmeOverdracht(AMSTERDAM, koppelingId, vandaag().plusDays(3)).andExpect(status().isConflict());
    }

    // ---- the afspraaktermijn and the standaard

    @Test
    void na_14_dagen_is_een_afspraak_te_laat_en_zet_de_job_de_standaard_vanaf_inschrijving() throws Exception {
        Bewoner bewoner = plichtigeBewoner();
        String koppelingId = koppel(bewoner, ROTTERDAM);

        VerschuifbareKlok.GEDEELD.verzet(Duration.ofDays(15));

        afspraak(ROTTERDAM, koppelingId, "BREDE_INTAKE_NA_VESTIGING")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", Matchers.containsString("vanaf de datum van inschrijving")));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> dossier(bewoner)
                .andExpect(jsonPath("$.koppeling.afspraak.variant").value("VANAF_INSCHRIJVING"))
                .andExpect(jsonPath("$.koppeling.afspraak.wijze").value("STANDAARD")));
        mvc.perform(get("/api/v1/koppelingen/" + koppelingId).header("Authorization", klantmanager(ROTTERDAM)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.afspraak.variant").value("VANAF_INSCHRIJVING"));
        werkKlantprofielBij(bewoner, "\"fa\"", 10).andExpect(status().isOk());
        KlantprofielGedeeld profiel = gepubliceerd(KlantprofielGedeeld.class, bewoner.bsn(), 2).get(1);
        assertThat(profiel.getAfgesprokenVariant()).isEqualTo(Betrokkenheidsvariant.VANAF_INSCHRIJVING);
        afspraak(ROTTERDAM, koppelingId, "BREDE_INTAKE_NA_VESTIGING").andExpect(status().isConflict());
    }

    // ---- the gemeente at the source

    @Test
    void alleen_de_gekoppelde_gemeente_vindt_de_koppeling_met_het_laatste_klantprofiel() throws Exception {
        Bewoner bewoner = plichtigeBewoner();
        String koppelingId = koppel(bewoner, AMSTERDAM);
        werkKlantprofielBij(bewoner, "\"so\"", 5).andExpect(status().isOk());

        zoekKoppeling(AMSTERDAM, bewoner.bsn())
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.koppelingen[0].id").value(koppelingId))
                .andExpect(jsonPath("$.koppelingen[0].bsn").value(bewoner.bsn()))
                .andExpect(jsonPath("$.koppelingen[0].klantprofiel.talen[0]").value("so"));
        mvc.perform(get("/api/v1/koppelingen/" + koppelingId).header("Authorization", klantmanager(AMSTERDAM)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.klantprofiel.urenVoorinburgering").value(5));

        zoekKoppeling(ROTTERDAM, bewoner.bsn())
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.koppelingen").isEmpty());
        mvc.perform(get("/api/v1/koppelingen/" + koppelingId).header("Authorization", klantmanager(ROTTERDAM)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("Deze koppeling bestaat niet in uw gemeente."));
        mvc.perform(get("/api/v1/koppelingen/" + UUID.randomUUID()).header("Authorization", klantmanager(ROTTERDAM)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("Deze koppeling bestaat niet in uw gemeente."));
        afspraak(ROTTERDAM, koppelingId, "BREDE_INTAKE_NA_VESTIGING")
                .andExpect(status().isNotFound())
                .andExpect(content().string(Matchers.not(Matchers.containsString(bewoner.bsn()))));
        planWarmeOverdracht(ROTTERDAM, koppelingId, vandaag().plusDays(1)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/koppelingen/" + koppelingId).param("gemeentecode", AMSTERDAM)
                        .header("Authorization", klantmanager(ROTTERDAM)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[0].code").value("tenantFromToken"));
    }

    // ---- inschrijving in the gemeente: uitstroom

    @Test
    void een_brp_verhuizing_naar_de_gekoppelde_gemeente_deelt_het_klantprofiel_en_sluit_het_verblijf()
            throws Exception {
        Bewoner bewoner = plichtigeBewoner();
        String koppelingId = koppel(bewoner, ROTTERDAM);

        TestPartner.publiceer(kafka(), "s-" + bewoner.bsn(), ContractEvents.ingezeteneVerhuisd().setBsn(bewoner.bsn())
                .setGemeentecodeOud(AZC_GEMEENTE).setGemeentecodeNieuw(ROTTERDAM).setDatumVerhuizing(vandaag())
                .build());

        KlantprofielGedeeld profiel = gepubliceerd(KlantprofielGedeeld.class, bewoner.bsn(), 2).get(1);
        assertThat(profiel.getMoment()).isEqualTo(Klantprofielmoment.INSCHRIJVING_GEMEENTE);
        assertThat(profiel.getGemeentecode()).isEqualTo(ROTTERDAM);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> dossier(bewoner)
                .andExpect(jsonPath("$.uitstroom.gemeentecode").value(ROTTERDAM))
                .andExpect(jsonPath("$.uitstroom.datum").value(vandaag().toString())));
        werkKlantprofielBij(bewoner, "\"ar\"", 0).andExpect(status().isConflict());
        mvc.perform(alsCoa(post("/api/v1/bewoners/" + bewoner.id() + "/koppeling"), "{\"gemeentecode\":\"0363\"}"))
                .andExpect(status().isConflict());
        afspraak(ROTTERDAM, koppelingId, "BREDE_INTAKE_NA_VESTIGING").andExpect(status().isConflict());
        zoekKoppeling(ROTTERDAM, bewoner.bsn())
                .andExpect(jsonPath("$.koppelingen[0].uitgestroomdOp").value(vandaag().toString()));
    }

    @Test
    void alleen_een_brp_inschrijving_in_de_gekoppelde_gemeente_is_uitstroom() throws Exception {
        Bewoner bewoner = plichtigeBewoner();
        koppel(bewoner, ROTTERDAM);
        String sleutel = "s-" + bewoner.bsn();

        TestPartner.publiceer(kafka(), sleutel, ContractEvents.ingezeteneIngeschreven().setBsn(bewoner.bsn())
                .setGemeentecode(AZC_GEMEENTE).setDatumInschrijving(vandaag().minusDays(1)).build());
        TestPartner.publiceer(kafka(), sleutel, ContractEvents.ingezeteneIngeschreven().setBsn(bewoner.bsn())
                .setGemeentecode(ROTTERDAM).setDatumInschrijving(vandaag()).build());

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> dossier(bewoner)
                .andExpect(jsonPath("$.uitstroom.gemeentecode").value(ROTTERDAM))
                .andExpect(jsonPath("$.uitstroom.datum").value(vandaag().toString()))
                .andExpect(jsonPath("$.gedeeldeKlantprofielen.length()").value(2))
                .andExpect(jsonPath("$.gedeeldeKlantprofielen[1].moment").value("INSCHRIJVING_GEMEENTE")));
    }

    @Test
    void elke_verwerking_van_de_gegevens_van_een_bewoner_staat_in_het_logboek_met_wie_erom_vroeg() throws Exception {
        Bewoner bewoner = plichtigeBewoner();
        koppel(bewoner, AMSTERDAM);
        zoekKoppeling(AMSTERDAM, bewoner.bsn()).andExpect(status().isOk());

        List<Verwerkingsrecord> records = logboekinzage.voorBetrokkene(bewoner.bsn());

        String activiteit = "https://inburgering.nl/verwerkingsactiviteiten/coa/";
        assertThat(records).extracting(Verwerkingsrecord::verwerkingsactiviteitId).contains(
                activiteit + "inburgeringsplicht-ontvangen", activiteit + "bewoner-registreren",
                activiteit + "bewoner-raadplegen", activiteit + "gemeente-koppelen", activiteit + "klantprofiel-delen",
                activiteit + "koppeling-raadplegen-door-gemeente");
        Verwerkingsrecord doorGemeente = records.stream().filter(r -> r.verwerkingsactiviteitId()
                .endsWith("/koppeling-raadplegen-door-gemeente")).findFirst().orElseThrow();
        assertThat(doorGemeente.gemeentecode()).isEqualTo(AMSTERDAM);
        assertThat(doorGemeente.organisatieOin()).isEqualTo(OIN.get(AMSTERDAM));
        assertThat(doorGemeente.betrokkene()).doesNotContain(bewoner.bsn());
        assertThat(records.stream().filter(r -> r.verwerkingsactiviteitId().endsWith("/gemeente-koppelen"))
                .findFirst().orElseThrow().organisatieOin()).isEqualTo(COA_OIN);
    }

    @Test
    void het_openapi_document_beschrijft_de_endpoints_van_coa_en_de_gemeente() throws Exception {
        mvc.perform(get("/api/v1/openapi.json"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/bewoners/{id}/koppeling']").exists())
                .andExpect(jsonPath("$.paths['/koppelingen/{koppelingId}/afspraak']").exists());
    }
}
