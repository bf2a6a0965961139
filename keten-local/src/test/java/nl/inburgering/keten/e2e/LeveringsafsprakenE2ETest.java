package nl.inburgering.keten.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import nl.inburgering.contracts.TopicCatalogue;
import nl.inburgering.contracts.common.Verblijfsdoel;
import nl.inburgering.contracts.testdata.ContractEvents;
import nl.inburgering.keten.local.KetenService;
import nl.inburgering.keten.local.LocalKeten;
import nl.inburgering.platform.test.TestBsn;
import nl.inburgering.platform.test.TestPartner;
import tools.jackson.databind.JsonNode;

/**
 * The delivery-agreement report for SZW in the running chain (issue 16 part 3, decision 0042): an IND delivery that
 * DUO dead-letters for a missing precondition counts open once the chain's clock is moved past its deadline, and late
 * once the operator replays it after the precondition is met; and once the gemeente-service's operator publishes its
 * counts ({@code POST /beheer/leveringsafspraken/_publiceer}, decision 0042 addendum), the report holds the #3 the
 * gemeente applied on time next to DUO's own figures.
 */
class LeveringsafsprakenE2ETest {

    private static final String WIJZIGING = TopicCatalogue.WIJZIGING_VERBLIJFSRECHT.name();
    private static final ZoneId NL = ZoneId.of("Europe/Amsterdam");

    private static LocalKeten lokaal;
    private static Keten keten;

    @BeforeAll
    static void start() {
        lokaal = LocalKeten.start(LocalKeten.Options.forTests().services(KetenService.DUO, KetenService.IND,
                KetenService.GEMEENTE));
        keten = new Keten(lokaal);
    }

    @AfterAll
    static void stop() {
        lokaal.zetKlokverschuiving(Duration.ZERO);
        lokaal.close();
    }

    private static JsonNode rapport() {
        Keten.Antwoord antwoord = keten.vraag("GET", KetenService.DUO, "szw-medewerker",
                "/api/v1/szw/leveringsafspraken?vanaf=2000-01-01&tot=2100-01-01", null);
        assertThat(antwoord.status()).as(String.valueOf(antwoord.body())).isEqualTo(200);
        return antwoord.body();
    }

    private static long aantal(JsonNode rapport, String stelseldienst, String uitkomst) {
        return aantal(rapport, stelseldienst, "ind", "duo", uitkomst);
    }

    private static long aantal(JsonNode rapport, String stelseldienst, String leverancier, String afnemer,
            String uitkomst) {
        long aantal = 0;
        for (JsonNode levering : rapport.get("leveringen")) {
            if (stelseldienst.equals(levering.get("stelseldienst").asString())
                    && leverancier.equals(levering.get("leverancier").asString())
                    && afnemer.equals(levering.get("afnemer").asString())) {
                aantal += levering.get(uitkomst).asLong();
            }
        }
        return aantal;
    }

    /** The end of the chain's day: the deadline IND's relay sets for a stelseldienst delivered "direct". */
    private static Instant eindeVanDeDag() {
        return LocalDate.now(lokaal.klok()).plusDays(1).atStartOfDay(NL).toInstant();
    }

    @Test
    void het_rapport_voor_szw_telt_een_levering_te_laat_als_de_klok_voorbij_haar_termijn_staat_voordat_duo_haar_verwerkt() {
        String bsn = TestBsn.nieuw();
        long open = aantal(rapport(), WIJZIGING, "open");
        long teLaat = aantal(rapport(), WIJZIGING, "teLaat");

        // #2 of a person DUO does not know yet (its #1 is missing): DUO dead-letters it
        TestPartner.publiceerMetUiterlijk(lokaal.bootstrapServers(), "sleutel-" + bsn,
                ContractEvents.verblijfsrechtGewijzigd().setBsn(bsn).setVorigVerblijfsdoel(Verblijfsdoel.KENNISMIGRANT)
                        .setNieuwVerblijfsdoel(Verblijfsdoel.ARBEID_IN_LOONDIENST).build(),
                eindeVanDeDag());
        var deadLetter = TestPartner.wachtOp(lokaal.bootstrapServers(), WIJZIGING + "-dlt",
                r -> TestPartner.bevat(r, bsn));
        assertThat(aantal(rapport(), WIJZIGING, "open")).as("de termijn loopt nog").isEqualTo(open);

        lokaal.verzetKlok(Duration.ofDays(2));
        await().atMost(Duration.ofSeconds(30)).until(() -> aantal(rapport(), WIJZIGING, "open") == open + 1);

        // the precondition is met: IND delivers #1, on time
        long verblijfsdoelenOpTijd = aantal(rapport(), TopicCatalogue.VERBLIJFSDOELEN.name(), "opTijd");
        TestPartner.publiceerMetUiterlijk(lokaal.bootstrapServers(), "sleutel-" + bsn,
                ContractEvents.verblijfsdoelDoorgegeven().setBsn(bsn).setVerblijfsdoel(Verblijfsdoel.KENNISMIGRANT)
                        .build(),
                eindeVanDeDag());
        await().atMost(Duration.ofSeconds(30)).until(
                () -> aantal(rapport(), TopicCatalogue.VERBLIJFSDOELEN.name(), "opTijd") == verblijfsdoelenOpTijd + 1);
        // and DUO's operator replays the dead letter
        Keten.Antwoord herverwerkt = keten.vraag("POST", KetenService.DUO, "beheerder", "/beheer/dead-letters/"
                + deadLetter.topic() + "/" + deadLetter.partition() + "/" + deadLetter.offset() + "/_herverwerk", null);
        assertThat(herverwerkt.status()).as(String.valueOf(herverwerkt.body())).isEqualTo(202);

        await().atMost(Duration.ofSeconds(30)).until(() -> aantal(rapport(), WIJZIGING, "teLaat") == teLaat + 1);
        JsonNode rapport = rapport();
        assertThat(aantal(rapport, WIJZIGING, "open")).isEqualTo(open);
        assertThat(rapport.toString()).doesNotContain(bsn);
    }

    @Test
    void na_de_publicatie_van_de_gemeente_toont_het_rapport_voor_szw_haar_op_tijd_toegepaste_plicht_naast_de_cijfers_van_duo() {
        String plicht = TopicCatalogue.INBURGERINGSPLICHT.name();
        long opTijdBijDeGemeente = aantal(rapport(), plicht, "duo", "gemeente-0363", "opTijd");
        long verblijfsdoelenBijDuo = aantal(rapport(), TopicCatalogue.VERBLIJFSDOELEN.name(), "opTijd");

        // IND's #1 reaches DUO, DUO's #3 reaches Amsterdam, which applies it within its deadline
        Keten.Inburgeraar plichtige = keten.plichtigeGezinsmigrant("0363", 40);
        await().atMost(Duration.ofSeconds(30)).until(
                () -> aantal(rapport(), TopicCatalogue.VERBLIJFSDOELEN.name(), "opTijd") > verblijfsdoelenBijDuo);
        Keten.Antwoord publicatie = keten.vraag("POST", KetenService.GEMEENTE, "beheerder",
                "/beheer/leveringsafspraken/_publiceer", null);

        assertThat(publicatie.status()).as(String.valueOf(publicatie.body())).isEqualTo(202);
        assertThat(publicatie.body().get("topic").asString()).isEqualTo("gemeente.leveringsafspraken.v1");
        await().atMost(Duration.ofSeconds(30))
                .until(() -> aantal(rapport(), plicht, "duo", "gemeente-0363", "opTijd") > opTijdBijDeGemeente);
        JsonNode rapport = rapport();
        java.util.List<String> bronnen = new java.util.ArrayList<>();
        rapport.get("bronnen").forEach(b -> bronnen.add(b.get("partner").asString()));
        assertThat(bronnen).containsExactly("duo", "gemeente");
        assertThat(aantal(rapport, TopicCatalogue.VERBLIJFSDOELEN.name(), "opTijd"))
                .as("DUO's eigen cijfers staan ernaast").isGreaterThan(verblijfsdoelenBijDuo);
        assertThat(rapport.toString()).doesNotContain(plichtige.bsn());

        // the first chain figures next to it: plichtigen per status, and the days from plicht to PIP per gemeente
        Keten.Antwoord ketencijfers = keten.vraag("GET", KetenService.DUO, "szw-medewerker",
                "/api/v1/szw/ketencijfers", null);
        assertThat(ketencijfers.status()).isEqualTo(200);
        assertThat(ketencijfers.body().at("/plichtigenPerStatus/PLICHTIG").asLong()).isPositive();
        assertThat(ketencijfers.body().toString()).doesNotContain(plichtige.bsn());
        System.out.println("Het ketenrapport voor SZW: " + rapport + System.lineSeparator() + "De ketencijfers: "
                + ketencijfers.body());
    }
}
