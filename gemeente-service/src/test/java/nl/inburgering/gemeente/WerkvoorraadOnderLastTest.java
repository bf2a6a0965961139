package nl.inburgering.gemeente;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;

import com.zaxxer.hikari.HikariDataSource;

import nl.inburgering.contracts.AvroTrust;
import nl.inburgering.contracts.TopicCatalogue;
import nl.inburgering.contracts.common.Doelgroepindeling;
import nl.inburgering.contracts.common.GedetailleerdeDoelgroep;
import nl.inburgering.contracts.testdata.ContractEvents;
import nl.inburgering.platform.security.Rol;
import nl.inburgering.platform.test.KetenTestInfrastructuur;
import nl.inburgering.platform.test.TestBsn;
import nl.inburgering.platform.test.TestPartner;
import nl.inburgering.platform.test.TestTokens;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 11, item 21: 200 caseworkers read the werkvoorraad at once, over real HTTP against the real pool and
 * PostgreSQL. Every request is answered with the right persons and none with a 5xx, and the outbox relay still
 * publishes an event stored during the load. No figure is asserted: requests, p50, p99 and max are printed.
 */
// Groningen has a werkvoorraad of its own here: its topics (decision 0018) are read besides the local gemeenten'.
@SpringBootTest(properties = { "spring.config.name=gemeente-service", "keten.gemeenten=0363,0599,0344,0200,0014" },
        webEnvironment = WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = KetenTestInfrastructuur.class)
@DirtiesContext
class WerkvoorraadOnderLastTest {

    private static final int LEZERS = 200;
    private static final int VERZOEKEN_PER_LEZER = 3;
    /** A bound on the load, should the event never arrive. */
    private static final int MAXIMAAL_PER_LEZER = 30;
    private static final int PERSONEN = 20;
    private static final String GRONINGEN = "0014";
    private static final String GRONINGEN_OIN = "00000001001589623000";

    @LocalServerPort
    int poort;
    @Autowired
    DataSource dataSource;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(30)).build();
    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void tweehonderd_klantmanagers_tegelijk_krijgen_allemaal_hun_werkvoorraad_en_de_relay_publiceert_intussen_door()
            throws Exception {
        AvroTrust.trustContracts();
        Set<String> verwacht = new HashSet<>();
        for (int i = 0; i < PERSONEN; i++) {
            String bsn = TestBsn.nieuw();
            verwacht.add(bsn);
            TestPartner.publiceer(KetenTestInfrastructuur.kafkaBootstrapServers(), "sleutel-" + bsn,
                    ContractEvents.inburgeringsplichtVastgesteld().setBsn(bsn).setGemeentecode(GRONINGEN)
                            .setBegindatum(LocalDate.of(2026, 11, 2))
                            .setDoelgroep(Doelgroepindeling.GEZINSMIGRANT_EN_OVERIGE_MIGRANT)
                            .setGedetailleerdeDoelgroep(GedetailleerdeDoelgroep.GEZINSVORMER)
                            .setDatumVaststelling(LocalDate.of(2026, 11, 3)).setLeerbaarheidstoetsKlaargezet(false)
                            .setGeboortedatum(LocalDate.of(1996, 4, 1)).build());
        }
        String klantmanager = TestTokens.voor("gemeente-service").rol(Rol.GEMEENTE_KLANTMANAGER)
                .gemeente(GRONINGEN, GRONINGEN_OIN).bearer();
        await().atMost(Duration.ofSeconds(60)).until(() -> bsns(werkvoorraad(klantmanager).body()).size() == PERSONEN);

        var pool = ((HikariDataSource) dataSource.unwrap(HikariDataSource.class)).getHikariPoolMXBean();
        AtomicInteger meesteWachtenden = new AtomicInteger();
        // a figure for the output, not a wait: the pool's queue is sampled every 5 ms while the readers run
        var bemonsteraar = Executors.newSingleThreadScheduledExecutor();
        bemonsteraar.scheduleAtFixedRate(
                () -> meesteWachtenden.accumulateAndGet(pool.getThreadsAwaitingConnection(), Math::max), 0, 5,
                java.util.concurrent.TimeUnit.MILLISECONDS);

        ExecutorService lezers = Executors.newFixedThreadPool(LEZERS);
        CountDownLatch gestart = new CountDownLatch(LEZERS);
        CountDownLatch klaar = new CountDownLatch(LEZERS);
        AtomicBoolean aangekomen = new AtomicBoolean();
        List<Antwoord> antwoorden = Collections.synchronizedList(new ArrayList<>());
        long begin = System.nanoTime();
        List<Future<?>> taken = new ArrayList<>();
        for (int l = 0; l < LEZERS; l++) {
            taken.add(lezers.submit(() -> {
                gestart.countDown();
                try {
                    // At least VERZOEKEN_PER_LEZER each, and on until the event stored during the load has arrived.
                    for (int v = 0; v < MAXIMAAL_PER_LEZER && (v < VERZOEKEN_PER_LEZER || !aangekomen.get()); v++) {
                        long start = System.nanoTime();
                        HttpResponse<String> antwoord = werkvoorraad(klantmanager);
                        antwoorden.add(new Antwoord(antwoord.statusCode(), System.nanoTime() - start,
                                antwoord.statusCode() == 200 ? bsns(antwoord.body()) : Set.of()));
                    }
                } finally {
                    klaar.countDown();
                }
                return null;
            }));
        }

        // While the readers are at it, the gemeente's BRP registers someone: a write whose event the relay publishes.
        gestart.await();
        String ingeschrevene = TestBsn.nieuw();
        HttpResponse<String> inschrijving = http.send(HttpRequest.newBuilder(uri("/api/v1/brp/inschrijvingen"))
                .header("Authorization", TestTokens.voor("gemeente-service").rol(Rol.PARTNERSYSTEEM)
                        .gemeente(GRONINGEN, GRONINGEN_OIN).bearer())
                .header("Content-Type", "application/json").timeout(Duration.ofMinutes(2))
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"bsn":"%s","datumInschrijving":"2026-11-02","geboortedatum":"1996-04-01"}
                        """.formatted(ingeschrevene))).build(), HttpResponse.BodyHandlers.ofString());
        long ingeschreven = System.nanoTime();
        TestPartner.wachtOp(KetenTestInfrastructuur.kafkaBootstrapServers(), TopicCatalogue.BRP_INSCHRIJVINGEN.name(),
                record -> TestPartner.bevat(record, ingeschrevene));
        long gepubliceerd = System.nanoTime();
        boolean tijdensDeLast = klaar.getCount() > 0;
        aangekomen.set(true);

        for (Future<?> taak : taken) {
            taak.get(5, TimeUnit.MINUTES);
        }
        long duur = System.nanoTime() - begin;
        lezers.shutdown();
        bemonsteraar.shutdownNow();

        // The relay's part: from the row stored in the outbox to its publication (the rest is the test's consumer).
        long relayMs = JdbcClient.create(dataSource).sql("""
                select (extract(epoch from gepubliceerd_op - tijd) * 1000)::bigint from outbox_event
                where topic = ? and gepubliceerd_op is not null order by volgnummer desc limit 1
                """).param(TopicCatalogue.BRP_INSCHRIJVINGEN.name()).query(Long.class).single();
        List<Long> ms = antwoorden.stream().map(a -> a.nanos() / 1_000_000).sorted().toList();
        System.out.printf("""
                Werkvoorraad onder last: %d lezers, ten minste %d verzoeken elk: %d verzoeken in %d ms (%.0f/s); \
                latentie ms p50 %d, p99 %d, max %d; statussen %s; pool %d verbindingen, tot %d draden wachtend; \
                inschrijving %d, door de relay gepubliceerd %d ms na opslag, bij de testlezer na %d ms (%s)%n""",
                LEZERS, VERZOEKEN_PER_LEZER, antwoorden.size(), duur / 1_000_000,
                antwoorden.size() / (duur / 1e9), percentiel(ms, 50), percentiel(ms, 99), ms.get(ms.size() - 1),
                antwoorden.stream().collect(java.util.stream.Collectors.groupingBy(Antwoord::status,
                        java.util.stream.Collectors.counting())),
                pool.getTotalConnections(), meesteWachtenden.get(), inschrijving.statusCode(), relayMs,
                (gepubliceerd - ingeschreven) / 1_000_000, tijdensDeLast ? "terwijl de lezers nog bezig waren"
                        : "de lezers waren toen al klaar");

        assertThat(antwoorden).hasSizeGreaterThanOrEqualTo(LEZERS * VERZOEKEN_PER_LEZER);
        assertThat(tijdensDeLast).as("het event kwam aan terwijl de lezers nog lazen").isTrue();
        assertThat(antwoorden).allSatisfy(antwoord -> {
            assertThat(antwoord.status()).as("status").isEqualTo(200);
            assertThat(antwoord.bsns()).as("de inburgeraars van Groningen").isEqualTo(verwacht);
        });
        assertThat(inschrijving.statusCode()).as("inschrijving tijdens de last").isEqualTo(201);
    }

    private HttpResponse<String> werkvoorraad(String token) throws Exception {
        return http.send(HttpRequest.newBuilder(uri("/api/v1/inburgeraars?paginaGrootte=100"))
                .header("Authorization", token).timeout(Duration.ofMinutes(2)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private Set<String> bsns(String body) {
        Set<String> bsns = new HashSet<>();
        for (JsonNode inburgeraar : json.readTree(body).path("inburgeraars")) {
            bsns.add(inburgeraar.path("bsn").asString());
        }
        return bsns;
    }

    private URI uri(String pad) {
        return URI.create("http://localhost:" + poort + pad);
    }

    private static long percentiel(List<Long> gesorteerd, int p) {
        return gesorteerd.get(Math.min(gesorteerd.size() - 1, (int) Math.ceil(p / 100.0 * gesorteerd.size()) - 1));
    }

    private record Antwoord(int status, long nanos, Set<String> bsns) {
    }
}
