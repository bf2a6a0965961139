package nl.inburgering.keten.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import nl.inburgering.keten.local.KetenService;
import nl.inburgering.keten.local.LocalKeten;
import nl.inburgering.platform.logboek.Logboekinzage;
import nl.inburgering.platform.logboek.Verwerkingsrecord;
import nl.inburgering.platform.test.TestBsn;

/**
 * The §3.2 scenario once, with every application log event captured: no BSN of the scenario may appear in
 * any of them, and every read or change of the person's data is in the Logboek dataverwerkingen exactly
 * once, and one trace follows each fact from the partner that caused it to the partner that applies it.
 */
class LogboekEnLogregelsE2ETest {

    private static final String ACTIVITEIT = "https://inburgering.nl/verwerkingsactiviteiten/";

    private static LocalKeten lokaal;
    private static Keten keten;
    private static ListAppender<ILoggingEvent> logregels;
    private static String bsn;

    @BeforeAll
    static void hetScenario() {
        lokaal = LocalKeten.start(LocalKeten.Options.forTests()
                .services(KetenService.IND, KetenService.DUO, KetenService.GEMEENTE));
        keten = new Keten(lokaal);
        logregels = new ListAppender<>();
        logregels.start();
        ((Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME)).addAppender(logregels);

        bsn = TestBsn.nieuw();
        String geboren = LocalDate.now().minusYears(29).toString();
        keten.brpInschrijving(bsn, "0363", LocalDate.now().minusDays(3).toString(), geboren);
        keten.verblijfsvergunning("5" + bsn, bsn, geboren, "IR", "GEZINSHERENIGING",
                LocalDate.now().minusMonths(1).toString());
        await().atMost(Duration.ofSeconds(30)).until(() -> activiteiten(KetenService.GEMEENTE).keySet().containsAll(
                List.of(ACTIVITEIT + "gemeente/inburgeringsplicht-ontvangen",
                        ACTIVITEIT + "gemeente/leerbaarheidstoets-klaargezet-ontvangen")));
        keten.zoekBijGemeente("0363", bsn);
        keten.werkvoorraad("0363");
        keten.duoM2m("0363", "/personen/" + bsn + "/inburgeringsplicht");
        keten.duoM2m("0599", "/personen/" + bsn + "/inburgeringsplicht");
    }

    @AfterAll
    static void stop() {
        ((Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME)).detachAppender(logregels);
        lokaal.close();
    }

    private static List<Verwerkingsrecord> logboek(KetenService service) {
        return lokaal.context(service).getBean(Logboekinzage.class).voorBetrokkene(bsn);
    }

    private static Map<String, Long> activiteiten(KetenService service) {
        return logboek(service).stream().collect(Collectors.groupingBy(Verwerkingsrecord::verwerkingsactiviteitId,
                Collectors.counting()));
    }

    @Test
    void geen_enkele_logregel_bevat_het_bsn_van_de_inburgeraar() {
        assertThat(logregels.list).as("er is gelogd tijdens het scenario").isNotEmpty();
        for (ILoggingEvent regel : logregels.list) {
            String tekst = regel.getFormattedMessage()
                    + (regel.getThrowableProxy() == null ? "" : ThrowableProxyUtil.asString(regel.getThrowableProxy()));
            assertThat(tekst).as("logregel van " + regel.getLoggerName()).doesNotContain(bsn);
        }
    }

    @Test
    void elke_verwerking_van_zijn_gegevens_staat_precies_een_keer_in_het_logboek_van_de_dienst_die_hem_deed() {
        assertThat(activiteiten(KetenService.IND)).containsExactlyInAnyOrderEntriesOf(Map.of(
                ACTIVITEIT + "ind/brp-inschrijving-verwerken", 1L,
                ACTIVITEIT + "ind/verblijfsvergunning-registreren", 1L,
                ACTIVITEIT + "ind/verblijfsdoelen-leveren", 1L));
        assertThat(activiteiten(KetenService.DUO)).containsExactlyInAnyOrderEntriesOf(Map.of(
                ACTIVITEIT + "duo/inburgeringsplicht-vaststellen", 1L,
                ACTIVITEIT + "duo/leerbaarheidstoets-klaarzetten", 1L,
                ACTIVITEIT + "duo/inburgeringsplicht-raadplegen-m2m", 1L,
                ACTIVITEIT + "duo/m2m-persoon-geweigerd", 1L,
                // his geboortedatum read to watch the AOW-leeftijd during the plicht (issue 15, decision 0033)
                ACTIVITEIT + "duo/aow-leeftijd-bewaken", 1L));
        assertThat(activiteiten(KetenService.GEMEENTE)).containsExactlyInAnyOrderEntriesOf(Map.of(
                ACTIVITEIT + "gemeente/brp-inschrijving-registreren", 1L,
                ACTIVITEIT + "gemeente/inburgeringsplicht-ontvangen", 1L,
                ACTIVITEIT + "gemeente/leerbaarheidstoets-klaargezet-ontvangen", 1L,
                ACTIVITEIT + "gemeente/inburgeraar-raadplegen", 1L,
                ACTIVITEIT + "gemeente/werkvoorraad-raadplegen", 1L));
    }

    @Test
    void het_logboek_noemt_de_betrokkene_alleen_gepseudonimiseerd_en_de_vragende_organisatie() {
        Map<String, Verwerkingsrecord> gemeente = logboek(KetenService.GEMEENTE).stream()
                .collect(Collectors.toMap(Verwerkingsrecord::verwerkingsactiviteitId, Function.identity()));
        Verwerkingsrecord zoeken = gemeente.get(ACTIVITEIT + "gemeente/inburgeraar-raadplegen");
        assertThat(zoeken.betrokkene()).isNotEqualTo(bsn).doesNotContain(bsn);
        assertThat(zoeken.betrokkeneType()).isEqualTo("BSN");
        assertThat(zoeken.organisatieOin()).isEqualTo("00000001002564440000");
        assertThat(zoeken.gemeentecode()).isEqualTo("0363");
        assertThat(zoeken.status()).isEqualTo(Verwerkingsrecord.Status.OK);
        assertThat(zoeken.traceId()).matches("[0-9a-f]{32}");
    }

    @Test
    void een_trace_volgt_elk_feit_van_de_rest_aanroep_over_kafka_naar_de_volgende_partner() {
        assertThat(trace(KetenService.IND, "brp-inschrijving-verwerken"))
                .as("de BRP-inschrijving bij IND hoort bij de aanroep bij de gemeente")
                .isEqualTo(trace(KetenService.GEMEENTE, "brp-inschrijving-registreren"));
        String levering = trace(KetenService.IND, "verblijfsdoelen-leveren");
        assertThat(trace(KetenService.DUO, "inburgeringsplicht-vaststellen")).isEqualTo(levering);
        assertThat(trace(KetenService.GEMEENTE, "inburgeringsplicht-ontvangen")).isEqualTo(levering);
    }

    private static String trace(KetenService service, String activiteit) {
        return logboek(service).stream().filter(r -> r.verwerkingsactiviteitId().endsWith("/" + activiteit))
                .findFirst().orElseThrow().traceId();
    }
}
