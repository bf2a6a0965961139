package nl.inburgering.duo.instelling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import nl.inburgering.contracts.TopicCatalogue;
import nl.inburgering.contracts.common.Contractpartij;
import nl.inburgering.contracts.common.Inspanning;
import nl.inburgering.contracts.testdata.ContractEvents;
import nl.inburgering.contracts.event.InspanningAsielstatushouderDoorgegeven;
import nl.inburgering.contracts.event.InspanningGezinsmigrantGemeld;
import nl.inburgering.duo.Testopbouw;
import nl.inburgering.duo.dossier.api.GedetailleerdeDoelgroep;
import nl.inburgering.duo.dossier.domain.Verblijfsdoel;
import nl.inburgering.duo.dossier.domain.Verblijfsgegevens;
import nl.inburgering.duo.dossier.persistence.InburgeringsplichtEntity;
import nl.inburgering.duo.dossier.persistence.InburgeringsplichtRepository;
import nl.inburgering.platform.security.Rol;
import nl.inburgering.platform.test.KetenTestInfrastructuur;
import nl.inburgering.platform.test.TestBsn;
import nl.inburgering.platform.test.TestPartner;
import nl.inburgering.platform.test.TestTokens;

/**
 * What the instellingen tell DUO (seed §15.5), against a real broker and PostgreSQL: the inschrijving and uitschrijving
 * (#20) of instellingen DUO recognises, and the inspanning (#18) along the one route that is the person's: a
 * gezinsmigrant's straight from the instelling, an asielstatushouder's through his gemeente. One source per fact:
 * DUO counts every inspanning once.
 */
@SpringBootTest(properties = "spring.config.name=duo-service", webEnvironment = SpringBootTest.WebEnvironment.MOCK)
@AutoConfigureMockMvc
@ContextConfiguration(initializers = KetenTestInfrastructuur.class)
@DirtiesContext
class InschrijvingEnInspanningTest {

    private static final String AMSTERDAM = "0363";
    private static final String DE_BRUG = "12345";
    private static final String NOORD = "67890";
    private static final ZoneId NL = ZoneId.of("Europe/Amsterdam");
    private static final Duration WACHTTIJD = Duration.ofSeconds(30);

    @Autowired
    MockMvcTester mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Testopbouw opbouw;
    @Autowired
    InburgeringsplichtRepository plichten;

    private final LocalDate vandaag = LocalDate.now(NL);

    // ===== #20 inschrijving bij instelling =====

    @Test
    void een_inschrijving_bij_een_bekende_instelling_wordt_bewaard_en_de_uitschrijving_sluit_haar_af() {
        String bsn = plichtige(GedetailleerdeDoelgroep.GEZINSHERENIGER);

        levert(bsn, ContractEvents.inburgeraarIngeschrevenBijInstelling().setBsn(bsn).setInstellingsnummer(DE_BRUG)
                .setContractpartij(Contractpartij.INBURGERAAR).setGemeentecode(null)
                .setDatumInschrijving(vandaag.minusMonths(2)).setStartdatum(vandaag.minusMonths(1)).build());

        await().atMost(WACHTTIJD).until(() -> inschrijvingen(bsn).size() == 1);
        assertThat(inschrijvingen(bsn)).containsExactly(DE_BRUG + " B1_ROUTE INBURGERAAR lopend");

        levert(bsn, ContractEvents.inburgeraarUitgeschrevenBijInstelling().setBsn(bsn).setInstellingsnummer(DE_BRUG)
                .setDatumUitschrijving(vandaag).setOpleidingAfgerond(false).build());

        await().atMost(WACHTTIJD).until(() -> inschrijvingen(bsn).get(0).endsWith("uitgeschreven"));
        assertThat(jdbc.sql("select opleiding_afgerond from inschrijving_instelling where bsn = ?").param(bsn)
                .query(Boolean.class).single()).isFalse();
    }

    @Test
    void dezelfde_inschrijving_twee_keer_geleverd_is_een_inschrijving_met_de_laatste_gegevens() {
        String bsn = plichtige(GedetailleerdeDoelgroep.ASIELSTATUSHOUDER);
        var inschrijving = ContractEvents.inburgeraarIngeschrevenBijInstelling().setBsn(bsn)
                .setInstellingsnummer(DE_BRUG).setDatumInschrijving(vandaag.minusDays(3))
                .setStartdatum(vandaag.plusDays(4));

        levert(bsn, inschrijving.build());
        levert(bsn, inschrijving.setVerwachteEinddatum(vandaag.plusYears(1)).build());
        levert(bsn, ContractEvents.inburgeraarIngeschrevenBijInstelling().setBsn(bsn).setInstellingsnummer(NOORD)
                .setDatumInschrijving(vandaag).setStartdatum(vandaag).build());

        await().atMost(WACHTTIJD).until(() -> inschrijvingen(bsn).size() == 2);
        assertThat(jdbc.sql("select verwachte_einddatum from inschrijving_instelling where bsn = ?"
                + " and instellingsnummer = ?").params(bsn, DE_BRUG).query(LocalDate.class).single())
                .isEqualTo(vandaag.plusYears(1));
    }

    @Test
    void een_inschrijving_bij_een_instelling_die_duo_niet_kent_gaat_met_reden_naar_de_dlt() {
        String bsn = plichtige(GedetailleerdeDoelgroep.GEZINSVORMER);

        levert(bsn, ContractEvents.inburgeraarIngeschrevenBijInstelling().setBsn(bsn).setInstellingsnummer("99999")
                .build());

        assertThat(reden(TestPartner.wachtOpDodeLetter(kafka(), TopicCatalogue.INSCHRIJVING_BIJ_INSTELLING,
                r -> TestPartner.bevat(r, bsn)))).contains("instelling die DUO niet kent (99999)");
        assertThat(inschrijvingen(bsn)).isEmpty();
    }

    @Test
    void een_inschrijving_op_een_gemeentecontract_zonder_gemeentecode_gaat_met_reden_naar_de_dlt() {
        String bsn = plichtige(GedetailleerdeDoelgroep.ASIELSTATUSHOUDER);

        levert(bsn, ContractEvents.inburgeraarIngeschrevenBijInstelling().setBsn(bsn)
                .setContractpartij(Contractpartij.GEMEENTE).setGemeentecode(null).build());

        assertThat(reden(TestPartner.wachtOpDodeLetter(kafka(), TopicCatalogue.INSCHRIJVING_BIJ_INSTELLING,
                r -> TestPartner.bevat(r, bsn)))).contains("ongeldige gemeentecode");
    }

    // ===== #18 inspanning, one source per fact (§15.5) =====

    @Test
    void de_inspanning_van_een_gezinsmigrant_komt_rechtstreeks_van_de_instelling_en_telt() {
        String bsn = plichtige(GedetailleerdeDoelgroep.GEZINSHERENIGER);

        levert(bsn, vanDeInstelling(bsn, inspanning(DE_BRUG, vandaag.minusDays(1), 40, 36)));

        await().atMost(WACHTTIJD).until(() -> urenAanwezig(bsn) == 36);
        assertThat(jdbc.sql("select route from inspanning where bsn = ?").param(bsn).query(String.class).single())
                .isEqualTo("INSTELLING");
    }

    @Test
    void de_inspanning_van_een_asielstatushouder_komt_via_de_gemeente_en_telt() {
        String bsn = plichtige(GedetailleerdeDoelgroep.ASIELSTATUSHOUDER);

        levert(bsn, viaDeGemeente(bsn, inspanning(DE_BRUG, vandaag.minusDays(1), 40, 30)));

        await().atMost(WACHTTIJD).until(() -> urenAanwezig(bsn) == 30);
        assertThat(jdbc.sql("select route || ' ' || gemeentecode from inspanning where bsn = ?").param(bsn)
                .query(String.class).single()).isEqualTo("GEMEENTE 0363");
    }

    @Test
    void een_asielstatushouder_wiens_inspanning_langs_beide_routes_komt_telt_alleen_die_van_de_gemeente() {
        String bsn = plichtige(GedetailleerdeDoelgroep.ASIELSTATUSHOUDER);
        Inspanning stand = inspanning(DE_BRUG, vandaag.minusDays(1), 40, 30);

        levert(bsn, vanDeInstelling(bsn, stand));
        levert(bsn, viaDeGemeente(bsn, stand));

        await().atMost(WACHTTIJD).until(() -> !afwijzingen(bsn).isEmpty() && urenAanwezig(bsn) == 30);
        assertThat(afwijzingen(bsn)).containsExactly("INSTELLING ASIELSTATUSHOUDER_ALLEEN_VIA_GEMEENTE");
        assertThat(standen(bsn)).as("een keer geteld").isOne();
        MvcTestResult backoffice = mvc.post().uri("/api/v1/inspanningen/_zoek")
                .header(HttpHeaders.AUTHORIZATION, TestTokens.voor("duo-service").rol(Rol.DUO_BACKOFFICE).bearer())
                .contentType(MediaType.APPLICATION_JSON).content("{\"bsn\": \"" + bsn + "\"}").exchange();
        assertThat(backoffice).as("de backoffice ziet wat telt en wat geweigerd is, met de reden").hasStatusOk()
                .bodyJson().extractingPath("$.inspanning[*].route").asArray().containsExactly("GEMEENTE");
        assertThat(backoffice).bodyJson().extractingPath("$.afwijzingen[*].reden").asArray()
                .containsExactly("ASIELSTATUSHOUDER_ALLEEN_VIA_GEMEENTE");
    }

    @Test
    void de_inspanning_van_een_gezinsmigrant_via_de_gemeente_wordt_geweigerd_en_telt_niet() {
        String bsn = plichtige(GedetailleerdeDoelgroep.GEZINSVORMER_MET_ASIELSTATUSHOUDER);

        levert(bsn, viaDeGemeente(bsn, inspanning(DE_BRUG, vandaag.minusDays(1), 40, 30)));

        await().atMost(WACHTTIJD).until(() -> !afwijzingen(bsn).isEmpty());
        assertThat(afwijzingen(bsn)).containsExactly("GEMEENTE MIGRANT_ALLEEN_VIA_INSTELLING");
        assertThat(standen(bsn)).isZero();
    }

    @Test
    void dezelfde_inspanning_twee_keer_geleverd_telt_een_keer_en_een_oudere_stand_vervangt_de_nieuwere_niet() {
        String bsn = plichtige(GedetailleerdeDoelgroep.OVERIG);
        Inspanning stand = inspanning(DE_BRUG, vandaag.minusDays(1), 40, 36);

        levert(bsn, vanDeInstelling(bsn, stand));
        levert(bsn, vanDeInstelling(bsn, stand));
        levert(bsn, vanDeInstelling(bsn, inspanning(DE_BRUG, vandaag.minusDays(10), 20, 18)));
        levert(bsn, vanDeInstelling(bsn, inspanning(NOORD, vandaag, 8, 8)));

        await().atMost(WACHTTIJD).until(() -> standen(bsn) == 2);
        assertThat(urenAanwezig(bsn)).as("36 bij De Brug en 8 bij Noord, elk een keer").isEqualTo(44);
        assertThat(afwijzingen(bsn)).isEmpty();
    }

    @Test
    void een_inspanning_met_meer_uren_aanwezig_dan_aangeboden_gaat_met_reden_naar_de_dlt() {
        String bsn = plichtige(GedetailleerdeDoelgroep.GEZINSHERENIGER);

        levert(bsn, vanDeInstelling(bsn, inspanning(DE_BRUG, vandaag, 10, 12)));

        assertThat(reden(TestPartner.wachtOpDodeLetter(kafka(), TopicCatalogue.INSPANNING_INSTELLING_GEZINSMIGRANT,
                r -> TestPartner.bevat(r, bsn)))).contains("meer uren aanwezig of verzuim dan aangeboden");
        assertThat(standen(bsn)).isZero();
    }

    // --- arrange ---

    /** A plichtige ingeschreven in Amsterdam. */
    private String plichtige(GedetailleerdeDoelgroep doelgroep) {
        String bsn = TestBsn.nieuw();
        Verblijfsdoel doel = doelgroep == GedetailleerdeDoelgroep.ASIELSTATUSHOUDER ? Verblijfsdoel.ASIEL
                : Verblijfsdoel.GEZINSHERENIGING;
        LocalDate begin = vandaag.minusYears(1);
        InburgeringsplichtEntity plicht = new InburgeringsplichtEntity(bsn, "6" + bsn, AMSTERDAM,
                new Verblijfsgegevens(doel, false, "ER", LocalDate.of(1991, 2, 3), begin, begin), begin);
        plicht.plichtig(begin, doelgroep, begin);
        opbouw.leg(bsn, () -> plichten.save(plicht));
        return bsn;
    }

    private static Inspanning inspanning(String instelling, LocalDate peildatum, int aangeboden, int aanwezig) {
        return ContractEvents.inspanning().setInstellingsnummer(instelling).setPeildatum(peildatum)
                .setStartdatumOnderwijs(peildatum.minusWeeks(8)).setUrenAangeboden(aangeboden)
                .setUrenAanwezig(aanwezig).setUrenOngeoorloofdVerzuim(0).build();
    }

    private static InspanningGezinsmigrantGemeld vanDeInstelling(String bsn, Inspanning inspanning) {
        return InspanningGezinsmigrantGemeld.newBuilder().setBsn(bsn).setInspanning(inspanning).build();
    }

    private static InspanningAsielstatushouderDoorgegeven viaDeGemeente(String bsn, Inspanning inspanning) {
        return ContractEvents.inspanningAsielstatushouderDoorgegeven().setBsn(bsn).setGemeentecode(AMSTERDAM)
                .setInspanning(inspanning).build();
    }

    // --- assert ---

    private List<String> inschrijvingen(String bsn) {
        return jdbc.sql("select instellingsnummer || ' ' || leerroute || ' ' || contractpartij || ' ' ||"
                + " case when datum_uitschrijving is null then 'lopend' else 'uitgeschreven' end"
                + " from inschrijving_instelling where bsn = ? order by datum_inschrijving").param(bsn)
                .query(String.class).list();
    }

    private long standen(String bsn) {
        return jdbc.sql("select count(*) from inspanning where bsn = ?").param(bsn).query(Long.class).single();
    }

    private long urenAanwezig(String bsn) {
        return jdbc.sql("select coalesce(sum(uren_aanwezig), 0) from inspanning where bsn = ?").param(bsn)
                .query(Long.class).single();
    }

    private List<String> afwijzingen(String bsn) {
        return jdbc.sql("select route || ' ' || reden_code from inspanning_afwijzing where bsn = ?"
                + " order by afgewezen_op").param(bsn).query(String.class).list();
    }

    // --- act, through the broker ---

    private static String kafka() {
        return KetenTestInfrastructuur.kafkaBootstrapServers();
    }

    /** Every event of one person on one key: consumed in order. */
    private static void levert(String bsn, SpecificRecord event) {
        TestPartner.publiceer(kafka(), "i-" + bsn, event);
    }

    private static String reden(ConsumerRecord<String, byte[]> dlt) {
        return new String(dlt.headers().lastHeader("kafka_dlt-exception-message").value(), StandardCharsets.UTF_8);
    }
}
