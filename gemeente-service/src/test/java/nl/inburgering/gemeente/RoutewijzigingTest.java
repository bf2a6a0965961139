package nl.inburgering.gemeente;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import nl.inburgering.contracts.TopicCatalogue;
import nl.inburgering.contracts.common.Doelgroepindeling;
import nl.inburgering.contracts.common.GedetailleerdeDoelgroep;
import nl.inburgering.contracts.common.Leerroute;
import nl.inburgering.contracts.common.NiveauPip;
import nl.inburgering.contracts.common.Ontvanger;
import nl.inburgering.contracts.common.RedenWijzigingPip;
import nl.inburgering.contracts.event.PipGewijzigd;
import nl.inburgering.contracts.testdata.ContractEvents;
import nl.inburgering.gemeente.pip.domain.RedenWijziging;
import nl.inburgering.gemeente.pip.persistence.InspanningActualisatieEntity;
import nl.inburgering.gemeente.pip.persistence.InspanningActualisatieRepository;
import nl.inburgering.contracts.common.Actualisatiemoment;
import nl.inburgering.contracts.event.InspanningAsielstatushouderDoorgegeven;
import nl.inburgering.platform.events.AvroCodec;
import nl.inburgering.platform.security.Rol;
import nl.inburgering.platform.test.KetenTestInfrastructuur;
import nl.inburgering.platform.test.TestBsn;
import nl.inburgering.platform.test.TestPartner;
import nl.inburgering.platform.test.TestTokens;
import tools.jackson.databind.json.JsonMapper;

/**
 * Seed §5.3, §6.3 and §7.3 at the gemeente: the klantmanager changes the PIP for afschalen, opschalen or a
 * wisseling van leerroute; the change must fit its reden, goes to DUO as PipGewijzigd (#16), and for an
 * asielstatushouder the inspanning (#18) is brought up to date first. The test plays DUO's #3.
 */
@SpringBootTest(properties = "spring.config.name=gemeente-service")
@AutoConfigureMockMvc
@ContextConfiguration(initializers = KetenTestInfrastructuur.class)
@DirtiesContext
class RoutewijzigingTest {

    private static final String AMSTERDAM = "0363";
    private static final String PIP_TOPIC = TopicCatalogue.VASTGESTELDE_GEGEVENS_PIP.name();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;
    @Autowired
    InspanningActualisatieRepository actualisaties;

    private static String kafka() {
        return KetenTestInfrastructuur.kafkaBootstrapServers();
    }

    private static void plicht(String bsn, Doelgroepindeling doelgroep) {
        SpecificRecord plicht = ContractEvents.inburgeringsplichtVastgesteld().setBsn(bsn).setGemeentecode(AMSTERDAM)
                .setBegindatum(LocalDate.of(2026, 10, 1)).setDoelgroep(doelgroep)
                .setGedetailleerdeDoelgroep(doelgroep == Doelgroepindeling.ASIELSTATUSHOUDER
                        ? GedetailleerdeDoelgroep.ASIELSTATUSHOUDER : GedetailleerdeDoelgroep.GEZINSHERENIGER)
                .setDatumVaststelling(LocalDate.of(2026, 10, 2)).setLeerbaarheidstoetsKlaargezet(true)
                .setGeboortedatum(LocalDate.of(1994, 3, 8)).setOntvanger(Ontvanger.GEMEENTE).build();
        TestPartner.publiceer(kafka(), "sleutel-" + bsn, plicht);
    }

    private static String klantmanager() {
        return TestTokens.voor("gemeente-service").rol(Rol.GEMEENTE_KLANTMANAGER)
                .gemeente(AMSTERDAM, "00000001002564440000").bearer();
    }

    private String inburgeraar(Doelgroepindeling doelgroep, String bsn) throws Exception {
        plicht(bsn, doelgroep);
        String zoek = "{\"bsn\":\"" + bsn + "\"}";
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> mvc.perform(post("/api/v1/inburgeraars/_zoek")
                .header("Authorization", klantmanager()).contentType(MediaType.APPLICATION_JSON).content(zoek))
                .andExpect(jsonPath("$.inburgeraars[0].bsn").value(bsn)));
        return JSON.readTree(mvc.perform(post("/api/v1/inburgeraars/_zoek").header("Authorization", klantmanager())
                .contentType(MediaType.APPLICATION_JSON).content(zoek)).andReturn().getResponse()
                .getContentAsString()).at("/inburgeraars/0/id").asString();
    }

    /** A PIP with these fields over the defaults; a later one is a wijziging. */
    private ResultActions pip(String id, Map<String, Object> velden) throws Exception {
        Map<String, Object> pip = new java.util.HashMap<>(Map.of("dagtekening", "2026-11-20", "leerroute", "B1_ROUTE",
                "indicatorMagOpleidingAfmaken", false, "alfabetiseringsonderwijs", "NVT", "eenzijdigVastgesteld",
                false));
        pip.putAll(velden);
        return mvc.perform(post("/api/v1/inburgeraars/" + id + "/pip").header("Authorization", klantmanager())
                .contentType(MediaType.APPLICATION_JSON).content(JSON.writeValueAsString(pip)));
    }

    private static PipGewijzigd gewijzigdNaarDuo(String bsn) {
        List<ConsumerRecord<String, byte[]>> records = TestPartner.wachtOp(kafka(), PIP_TOPIC,
                r -> TestPartner.bevat(r, bsn), 2);
        return AvroCodec.decode(records.get(1).value(), PipGewijzigd.class);
    }

    private List<RedenWijziging> actualisaties(String bsn) {
        return actualisaties.findByBsnAndGemeentecodeOrderByVolgnummerAsc(bsn, AMSTERDAM).stream()
                .map(InspanningActualisatieEntity::getAanleiding).toList();
    }

    private static void geweigerd(ResultActions antwoord, String... voorwaarden) throws Exception {
        antwoord.andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        for (String voorwaarde : voorwaarden) {
            antwoord.andExpect(jsonPath("$.detail", Matchers.containsString(voorwaarde)));
        }
    }

    // ---- afschalen (§5.3)

    @Test
    void een_asielstatushouder_wordt_in_de_b1_route_na_zeshonderd_uur_afgeschaald_naar_a2_en_eerst_wordt_zijn_inspanning_bijgewerkt()
            throws Exception {
        String bsn = TestBsn.nieuw();
        String id = inburgeraar(Doelgroepindeling.ASIELSTATUSHOUDER, bsn);
        pip(id, Map.of()).andExpect(status().isCreated());

        pip(id, Map.of("dagtekening", "2026-12-01", "niveau", "A2", "redenWijziging", "AFSCHALEN",
                "urenOnderwijsKeurmerkinstelling", 640))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.actueel.soort").value("WIJZIGING"))
                .andExpect(jsonPath("$.actueel.redenWijziging").value("AFSCHALEN"))
                .andExpect(jsonPath("$.actueel.niveau").value("A2"));

        PipGewijzigd naarDuo = gewijzigdNaarDuo(bsn);
        assertThat(naarDuo.getRedenWijziging()).isEqualTo(RedenWijzigingPip.AFSCHALEN);
        assertThat(naarDuo.getPip().getLeerroute()).isEqualTo(Leerroute.B1_ROUTE);
        assertThat(naarDuo.getPip().getNiveau()).isEqualTo(NiveauPip.A2);
        assertThat(actualisaties(bsn)).containsExactly(RedenWijziging.AFSCHALEN);
    }

    @Test
    void bij_de_afschaling_van_een_asielstatushouder_gaat_de_laatste_stand_van_zijn_instelling_eerst_opnieuw_naar_duo()
            throws Exception {
        String bsn = TestBsn.nieuw();
        String id = inburgeraar(Doelgroepindeling.ASIELSTATUSHOUDER, bsn);
        TestPartner.publiceer(kafka(), "sleutel-" + bsn, ContractEvents.inspanningAsielstatushouderGemeld()
                .setBsn(bsn).setGemeentecode(AMSTERDAM)
                .setInspanning(ContractEvents.inspanning().setInstellingsnummer("12345")
                        .setPeildatum(LocalDate.of(2026, 11, 30)).setStartdatumOnderwijs(LocalDate.of(2026, 1, 5))
                        .setUrenAangeboden(700).setUrenAanwezig(640).setUrenOngeoorloofdVerzuim(0).build())
                .build());
        assertThat(inspanningBijDuo(bsn, 1)).as("the instelling's stand, forwarded once").hasSize(1);
        pip(id, Map.of()).andExpect(status().isCreated());

        pip(id, Map.of("dagtekening", "2026-12-01", "niveau", "A2", "redenWijziging", "AFSCHALEN",
                "urenOnderwijsKeurmerkinstelling", 640)).andExpect(status().isCreated());

        List<InspanningAsielstatushouderDoorgegeven> bijDuo = inspanningBijDuo(bsn, 2);
        assertThat(bijDuo.get(1).getInspanning().getUrenAanwezig()).isEqualTo(640);
        assertThat(bijDuo.get(1).getInspanning().getActualisatiemoment())
                .isEqualTo(Actualisatiemoment.WIJZIGING_LEERROUTE);
        assertThat(gewijzigdNaarDuo(bsn).getRedenWijziging()).isEqualTo(RedenWijzigingPip.AFSCHALEN);
    }

    private static List<InspanningAsielstatushouderDoorgegeven> inspanningBijDuo(String bsn, int aantal) {
        return TestPartner.wachtOp(kafka(), TopicCatalogue.INSPANNING_GEMEENTE_ASIELSTATUSHOUDER.name(),
                r -> TestPartner.bevat(r, bsn), aantal).stream()
                .map(r -> AvroCodec.decode(r.value(), InspanningAsielstatushouderDoorgegeven.class)).toList();
    }

    @Test
    void afschalen_voor_zeshonderd_uur_onderwijs_wordt_geweigerd_en_er_gaat_niets_naar_duo() throws Exception {
        String bsn = TestBsn.nieuw();
        String id = inburgeraar(Doelgroepindeling.ASIELSTATUSHOUDER, bsn);
        pip(id, Map.of()).andExpect(status().isCreated());

        geweigerd(pip(id, Map.of("dagtekening", "2026-12-01", "niveau", "A2", "redenWijziging", "AFSCHALEN",
                "urenOnderwijsKeurmerkinstelling", 420)), "AFSCHALEN", "minstens 600 uur", "420");

        assertThat(TestPartner.alles(kafka(), PIP_TOPIC, r -> TestPartner.bevat(r, bsn))).hasSize(1);
        assertThat(actualisaties(bsn)).isEmpty();
    }

    @Test
    void negatieve_uren_en_een_onbekende_leerroute_zijn_een_400_met_elk_probleem() throws Exception {
        String bsn = TestBsn.nieuw();
        String id = inburgeraar(Doelgroepindeling.ASIELSTATUSHOUDER, bsn);
        pip(id, Map.of()).andExpect(status().isCreated());

        pip(id, Map.of("dagtekening", "2026-12-01", "leerroute", "A2_ROUTE", "niveau", "A2", "redenWijziging",
                "AFSCHALEN", "urenOnderwijsKeurmerkinstelling", -5))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.invalidParams[*].name",
                        Matchers.containsInAnyOrder("leerroute", "urenOnderwijsKeurmerkinstelling")));
        assertThat(actualisaties(bsn)).isEmpty();
    }

    @Test
    void afschalen_buiten_de_b1_route_noemt_elke_voorwaarde() throws Exception {
        String bsn = TestBsn.nieuw();
        String id = inburgeraar(Doelgroepindeling.GEZINSMIGRANT_EN_OVERIGE_MIGRANT, bsn);
        pip(id, Map.of("leerroute", "ONDERWIJSROUTE")).andExpect(status().isCreated());

        geweigerd(pip(id, Map.of("dagtekening", "2026-12-01", "leerroute", "ONDERWIJSROUTE", "niveau", "B1",
                "redenWijziging", "AFSCHALEN")), "alleen binnen de B1-route", "B1-route op niveau A2",
                "minstens 600 uur", "niet opgegeven");
    }

    @Test
    void een_gezinsmigrant_wordt_afgeschaald_zonder_actualisatie_van_inspanning_door_de_gemeente() throws Exception {
        String bsn = TestBsn.nieuw();
        String id = inburgeraar(Doelgroepindeling.GEZINSMIGRANT_EN_OVERIGE_MIGRANT, bsn);
        pip(id, Map.of()).andExpect(status().isCreated());

        pip(id, Map.of("dagtekening", "2026-12-01", "niveau", "A2", "redenWijziging", "AFSCHALEN",
                "urenOnderwijsKeurmerkinstelling", 600)).andExpect(status().isCreated());

        assertThat(gewijzigdNaarDuo(bsn).getRedenWijziging()).isEqualTo(RedenWijzigingPip.AFSCHALEN);
        assertThat(actualisaties(bsn)).as("his instelling reports straight to DUO (§15.5)").isEmpty();
    }

    // ---- opschalen (§7.3)

    @Test
    void in_de_z_route_wordt_opgeschaald_naar_examens_op_a2() throws Exception {
        String bsn = TestBsn.nieuw();
        String id = inburgeraar(Doelgroepindeling.ASIELSTATUSHOUDER, bsn);
        pip(id, Map.of("leerroute", "Z_ROUTE")).andExpect(status().isCreated());

        pip(id, Map.of("dagtekening", "2026-12-01", "leerroute", "Z_ROUTE", "niveau", "A2", "redenWijziging",
                "OPSCHALEN")).andExpect(status().isCreated());

        PipGewijzigd naarDuo = gewijzigdNaarDuo(bsn);
        assertThat(naarDuo.getRedenWijziging()).isEqualTo(RedenWijzigingPip.OPSCHALEN);
        assertThat(naarDuo.getPip().getNiveau()).isEqualTo(NiveauPip.A2);
        assertThat(actualisaties(bsn)).containsExactly(RedenWijziging.OPSCHALEN);
    }

    @Test
    void opschalen_buiten_de_z_route_wordt_geweigerd() throws Exception {
        String bsn = TestBsn.nieuw();
        String id = inburgeraar(Doelgroepindeling.ASIELSTATUSHOUDER, bsn);
        pip(id, Map.of()).andExpect(status().isCreated());

        geweigerd(pip(id, Map.of("dagtekening", "2026-12-01", "niveau", "A2", "redenWijziging", "OPSCHALEN")),
                "OPSCHALEN", "alleen binnen de Z-route", "Z-route met examens op A2");
        assertThat(actualisaties(bsn)).isEmpty();
    }

    // ---- wisselen van leerroute (§5.3, §6.3, §7.3)

    @Test
    void van_de_onderwijsroute_naar_de_b1_route_wisselen_gaat_als_wisseling_naar_duo() throws Exception {
        String bsn = TestBsn.nieuw();
        String id = inburgeraar(Doelgroepindeling.ASIELSTATUSHOUDER, bsn);
        pip(id, Map.of("leerroute", "ONDERWIJSROUTE")).andExpect(status().isCreated());

        pip(id, Map.of("dagtekening", "2026-12-01", "leerroute", "B1_ROUTE", "redenWijziging",
                "WISSELING_LEERROUTE")).andExpect(status().isCreated());

        PipGewijzigd naarDuo = gewijzigdNaarDuo(bsn);
        assertThat(naarDuo.getRedenWijziging()).isEqualTo(RedenWijzigingPip.WISSELING_LEERROUTE);
        assertThat(naarDuo.getPip().getLeerroute()).isEqualTo(Leerroute.B1_ROUTE);
        assertThat(actualisaties(bsn)).containsExactly(RedenWijziging.WISSELING_LEERROUTE);
    }

    @Test
    void een_wisseling_naar_dezelfde_leerroute_wordt_geweigerd() throws Exception {
        String bsn = TestBsn.nieuw();
        String id = inburgeraar(Doelgroepindeling.GEZINSMIGRANT_EN_OVERIGE_MIGRANT, bsn);
        pip(id, Map.of("leerroute", "Z_ROUTE")).andExpect(status().isCreated());

        geweigerd(pip(id, Map.of("dagtekening", "2026-12-01", "leerroute", "Z_ROUTE", "redenWijziging",
                "WISSELING_LEERROUTE")), "WISSELING_LEERROUTE", "andere leerroute dan de huidige (Z_ROUTE)");
    }
}
