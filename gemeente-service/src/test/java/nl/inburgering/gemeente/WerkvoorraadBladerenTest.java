package nl.inburgering.gemeente;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import nl.inburgering.gemeente.inburgeraar.api.Signaalsoort;
import nl.inburgering.gemeente.inburgeraar.application.InburgeraarRaadplegen;
import nl.inburgering.gemeente.inburgeraar.application.Werkvoorraadpaden;
import nl.inburgering.gemeente.inburgeraar.application.Werkvoorraadvraag;
import nl.inburgering.platform.security.Rol;
import nl.inburgering.platform.test.KetenTestInfrastructuur;
import nl.inburgering.platform.test.TestBsn;
import nl.inburgering.platform.test.TestTokens;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 17: the werkvoorraad pages by cursor (keyset, decision 0044). Following {@code _links.next} gives every row
 * exactly once and in the order of the werkvoorraad, also when rows arrive between two pages; a cursor that is not
 * one of ours is a 400; the total only when asked for. The rows are written straight into the table, as the
 * benchmark's million are, in a gemeente of their own (Enschede) so other tests' rows do not mix in, nor ours in theirs.
 */
@SpringBootTest(properties = { "spring.config.name=gemeente-service", "keten.gemeenten=0363,0599,0344,0200,0153" })
@AutoConfigureMockMvc
@ContextConfiguration(initializers = KetenTestInfrastructuur.class)
@DirtiesContext
class WerkvoorraadBladerenTest {

    /** Enschede: no other test class writes there (they share the database), so its werkvoorraad is this test's. */
    private static final String ENSCHEDE = "0153";
    private static final String ENSCHEDE_OIN = "00000001001612165000";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;
    @Autowired
    DataSource dataSource;
    @Autowired
    InburgeraarRaadplegen raadplegen;

    /** One row as written: what the werkvoorraad orders on. */
    private record Rij(String bsn, UUID id, Instant ontvangenOp) {
    }

    private static String klantmanager() {
        return TestTokens.voor("gemeente-service").rol(Rol.GEMEENTE_KLANTMANAGER).gemeente(ENSCHEDE, ENSCHEDE_OIN)
                .bearer();
    }

    private Rij rij(Instant ontvangenOp, LocalDate einddatumPlicht) {
        Rij rij = ongemerkt(ENSCHEDE, ontvangenOp, einddatumPlicht);
        // written around the listeners: marked for the signal index's worker, as decision 0046 asks of such data (his
        // leerroute's 10 weeks passed long ago; until the worker wrote the window he is computed apart)
        JdbcClient.create(dataSource).sql("insert into werkvoorraad_signaalindex_open (bsn) values (?)")
                .params(rij.bsn()).update();
        return rij;
    }

    /** A row without a mark for the signal index's worker: the caller writes his windows. */
    private Rij ongemerkt(String gemeentecode, Instant ontvangenOp, LocalDate einddatumPlicht) {
        Rij rij = new Rij(TestBsn.nieuw(), UUID.randomUUID(), ontvangenOp);
        JdbcClient.create(dataSource).sql("""
                insert into inburgeraar (bsn, id, gemeentecode, geboortedatum, doelgroep, gedetailleerde_doelgroep,
                    begindatum_inburgeringsplicht, datum_vaststelling, leerbaarheidstoets_klaargezet, ontvangen_op,
                    einddatum_plicht, reden_einde_plicht)
                values (?, ?, ?, date '1990-01-01', 'ASIELSTATUSHOUDER', 'ASIELSTATUSHOUDER', date '2024-01-01',
                    date '2024-01-03', true, ?, ?, ?)""")
                .params(rij.bsn(), rij.id(), gemeentecode, OffsetDateTime.ofInstant(ontvangenOp, ZoneOffset.UTC),
                        einddatumPlicht, einddatumPlicht == null ? null : "INBURGERINGSPLICHT_VOLDAAN")
                .update();
        return rij;
    }

    private static Instant dag(int dag) {
        return LocalDate.of(2001, 1, 1).plusDays(dag).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    private JsonNode lees(ResultActions antwoord) throws Exception {
        return JSON.readTree(antwoord.andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    }

    private JsonNode pagina(String url) throws Exception {
        return lees(mvc.perform(get(url).header("Authorization", klantmanager())));
    }

    /** The werkvoorraad's order: newest first, then the id as PostgreSQL orders a uuid (its hexadecimal text). */
    private static final Comparator<Rij> VOLGORDE = Comparator.comparing(Rij::ontvangenOp).reversed()
            .thenComparing(r -> r.id().toString(), Comparator.reverseOrder());

    @Test
    void wie_de_cursor_volgt_ziet_elke_rij_precies_een_keer_in_volgorde_ook_als_er_rijen_bijkomen() throws Exception {
        List<Rij> rijen = new ArrayList<>();
        for (int i = 0; i < 17; i++) {
            rijen.add(rij(dag(i % 12), null)); // five days with two rows each: the id decides between them
        }
        List<String> gezien = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        String url = "/api/v1/inburgeraars?paginaGrootte=3";
        int paginas = 0;
        Rij achteraan = null;
        Rij vooraan = null;
        Rij gelijk = null;
        while (url != null) {
            JsonNode pagina = pagina(url);
            paginas++;
            assertThat(pagina.has("totaal")).as("geen telling op elke pagina").isFalse();
            for (JsonNode inburgeraar : pagina.at("/inburgeraars")) {
                assertThat(ids.add(inburgeraar.at("/id").asString())).as("elke rij een keer").isTrue();
                gezien.add(inburgeraar.at("/bsn").asString());
            }
            if (paginas == 2) {
                // between two pages: one older than every row (still to come), one newer (already passed), and one
                // at the same moment as the rows of day 3, which the order places by its id
                achteraan = rij(dag(-30), null);
                vooraan = rij(dag(400), null);
                gelijk = rij(dag(3), null);
            }
            url = pagina.at("/_links/next/href").asString(null);
            assertThat(paginas).as("de laatste pagina heeft geen next").isLessThan(1000);
        }
        Rij nieuw = vooraan;
        Rij opDag3 = gelijk;
        Set<String> onzeBsns = new HashSet<>();
        rijen.forEach(r -> onzeBsns.add(r.bsn()));
        onzeBsns.add(achteraan.bsn());
        onzeBsns.add(gelijk.bsn());
        List<Rij> alle = new ArrayList<>(rijen);
        alle.add(achteraan);
        List<String> ooitGezienVanOns = gezien.stream().filter(b -> onzeBsns.contains(b) || b.equals(nieuw.bsn()))
                .toList();
        assertThat(ooitGezienVanOns).doesNotContain(vooraan.bsn());
        List<String> zonderGelijk = ooitGezienVanOns.stream().filter(b -> !b.equals(opDag3.bsn())).toList();
        assertThat(zonderGelijk).containsExactlyElementsOf(alle.stream().sorted(VOLGORDE).map(Rij::bsn).toList());
        if (ooitGezienVanOns.contains(gelijk.bsn())) {
            alle.add(gelijk);
            assertThat(ooitGezienVanOns).containsExactlyElementsOf(alle.stream().sorted(VOLGORDE).map(Rij::bsn).toList());
        }
    }

    @Test
    void een_cursor_die_niet_van_ons_is_of_bij_een_andere_volgorde_hoort_is_een_400_met_elk_probleem() throws Exception {
        String vreemd = Base64.getUrlEncoder().withoutPadding()
                .encodeToString("1|NIEUWSTE_EERST||gisteren|geen-id".getBytes(StandardCharsets.UTF_8));
        for (String cursor : List.of("!!geen-base64!!", vreemd, "eA")) {
            mvc.perform(get("/api/v1/inburgeraars").param("cursor", cursor).header("Authorization", klantmanager()))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                    .andExpect(jsonPath("$.invalidParams[0].name").value("cursor"));
        }
        rij(dag(20), null);
        rij(dag(21), null);
        String volgende = pagina("/api/v1/inburgeraars?paginaGrootte=1").at("/_links/next/href").asString();
        String cursor = volgende.substring(volgende.indexOf("cursor=") + "cursor=".length()).split("&")[0];
        // a cursor of newest-first is no cursor of the order on the termijn; pagina and cursor do not go together
        mvc.perform(get("/api/v1/inburgeraars").param("cursor", cursor).param("sorteer", "einddatumTermijn")
                .header("Authorization", klantmanager())).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[0].name").value("cursor"));
        mvc.perform(get("/api/v1/inburgeraars").param("cursor", cursor).param("pagina", "3")
                .header("Authorization", klantmanager())).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[*].name", Matchers.contains("pagina")));
        mvc.perform(get(volgende).header("Authorization", klantmanager())).andExpect(status().isOk());
    }

    @Test
    void het_totaal_staat_alleen_in_het_antwoord_als_erom_gevraagd_wordt() throws Exception {
        int actiefVooraf = pagina("/api/v1/inburgeraars?totaal=true").at("/totaal").asInt();
        int beeindigdVooraf = pagina("/api/v1/inburgeraars?status=beeindigd&totaal=true").at("/totaal").asInt();
        rij(dag(30), null);
        rij(dag(31), null);
        rij(dag(32), LocalDate.of(2026, 1, 1));

        JsonNode actief = pagina("/api/v1/inburgeraars?paginaGrootte=1&totaal=true");
        assertThat(actief.at("/totaal").asInt()).isEqualTo(actiefVooraf + 2);
        assertThat(actief.at("/inburgeraars").size()).isEqualTo(1);
        assertThat(actief.at("/_links/next/href").asString()).doesNotContain("totaal");
        assertThat(pagina("/api/v1/inburgeraars?status=beeindigd&totaal=true").at("/totaal").asInt())
                .isEqualTo(beeindigdVooraf + 1);
        assertThat(pagina("/api/v1/inburgeraars?paginaGrootte=1").has("totaal")).isFalse();
    }

    @Test
    void de_filters_bladeren_met_dezelfde_cursor_en_de_laatste_pagina_heeft_geen_next() throws Exception {
        Rij eerste = rij(dag(40), LocalDate.of(2026, 2, 1));
        Rij tweede = rij(dag(40), LocalDate.of(2026, 2, 2));
        Rij derde = rij(dag(41), LocalDate.of(2026, 2, 3));
        Rij lopend = rij(dag(42), null);
        List<String> beeindigd = volg("/api/v1/inburgeraars?status=beeindigd&paginaGrootte=1");
        List<String> verwacht = java.util.stream.Stream.of(eerste, tweede, derde).sorted(VOLGORDE).map(Rij::bsn)
                .toList();
        assertThat(beeindigd.stream().filter(verwacht::contains).toList()).containsExactlyElementsOf(verwacht);
        assertThat(beeindigd).doesNotContain(lopend.bsn()).doesNotHaveDuplicates();
        List<String> alle = volg("/api/v1/inburgeraars?status=alle&paginaGrootte=2");
        assertThat(alle).contains(lopend.bsn(), eerste.bsn(), tweede.bsn(), derde.bsn()).doesNotHaveDuplicates();
        // the signal filter is paged in memory, with the same kind of cursor: nobody here has a signal
        JsonNode signaal = pagina("/api/v1/inburgeraars?signaal=CERTIFICAAT_UITREIKEN&paginaGrootte=1&totaal=true");
        assertThat(signaal.at("/inburgeraars").size()).isZero();
        assertThat(signaal.at("/totaal").asInt()).isZero();
        assertThat(signaal.at("/_links/next").isMissingNode()).isTrue();
        List<String> opTermijn = volg("/api/v1/inburgeraars?status=alle&sorteer=einddatumTermijn&paginaGrootte=2");
        assertThat(opTermijn).containsExactlyInAnyOrderElementsOf(alle);
        // the order on the oldest signal walks the index's windows, then the rows without a signal: each row once
        List<String> opOudsteSignaal = volg("/api/v1/inburgeraars?status=alle&sorteer=oudsteSignaal&paginaGrootte=2");
        assertThat(opOudsteSignaal).containsExactlyInAnyOrderElementsOf(alle);
    }

    /** A gemeente of its own for the test below (read through the service, no token): the others' rows stay as they are. */
    private static final String HAARLEM = "0392";

    @Test
    void de_rijen_zonder_signaal_na_een_lange_reeks_rijen_met_signaal_komen_achteraan_in_de_volgorde_op_het_oudste_signaal() {
        // the newest three have no signal yet; 600 older ones have the leerroute's 10 weeks (their windows as the
        // worker writes them); the oldest three ended their plicht and have none: the tail's last rows lie behind a
        // long stretch of rows with a signal, which the tail does not probe row by row
        Instant nu = Instant.now();
        List<Rij> nieuwste = List.of(ongemerkt(HAARLEM, nu, null), ongemerkt(HAARLEM, nu.minusSeconds(1), null),
                ongemerkt(HAARLEM, nu.minusSeconds(2), null));
        List<Rij> metSignaal = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            metSignaal.add(ongemerkt(HAARLEM, dag(3000 + i % 50), null));
        }
        JdbcClient.create(dataSource).sql("""
                insert into werkvoorraad_signaalmoment (bsn, gemeentecode, signaalsoort, vanaf, tot, sinds)
                select i.bsn, i.gemeentecode, 'TIEN_WEKEN_LEERROUTE_VERSTREKEN',
                       (i.ontvangen_op at time zone 'Europe/Amsterdam')::date + 70, null,
                       (i.ontvangen_op at time zone 'Europe/Amsterdam')::date + 70
                from inburgeraar i where i.gemeentecode = :gemeente and i.einddatum_plicht is null
                  and i.ontvangen_op < now() - interval '1 year'""").param("gemeente", HAARLEM).update();
        List<Rij> beeindigd = List.of(ongemerkt(HAARLEM, dag(1000), LocalDate.of(2005, 1, 1)),
                ongemerkt(HAARLEM, dag(1001), LocalDate.of(2005, 1, 1)),
                ongemerkt(HAARLEM, dag(1002), LocalDate.of(2005, 1, 1)));
        // two of the ended ones have a certificaat to hand over, since long after every leerroute's 10 weeks began: a
        // rare signal that begins late, which the filter finds from its candidates, not by walking every window before
        for (Rij voldaan : beeindigd.subList(1, 3)) {
            JdbcClient.create(dataSource).sql("""
                    insert into beschikking_voldaan (id, bsn, gemeentecode, datum_beschikking, datum_voldaan, leerroute,
                        waardepapier, ontvangen_op)
                    values (gen_random_uuid(), ?, ?, date '2020-06-01', date '2020-05-01', 'ZELFREDZAAMHEIDSROUTE',
                        'INBURGERINGSCERTIFICAAT', now())""").params(voldaan.bsn(), HAARLEM).update();
            JdbcClient.create(dataSource).sql("""
                    insert into werkvoorraad_signaalmoment (bsn, gemeentecode, signaalsoort, vanaf, tot, sinds)
                    values (?, ?, 'CERTIFICAAT_UITREIKEN', null, null, date '2020-06-01')""")
                    .params(voldaan.bsn(), HAARLEM).update();
        }

        List<UUID> certificaat = Werkvoorraadpaden.langsDeCursor(raadplegen, HAARLEM, Werkvoorraadvraag.Status.ALLE,
                Set.of(Signaalsoort.CERTIFICAAT_UITREIKEN), Werkvoorraadvraag.Sortering.OUDSTE_SIGNAAL, 1);
        assertThat(certificaat).containsExactly(beeindigd.get(2).id(), beeindigd.get(1).id());

        List<UUID> gelezen = Werkvoorraadpaden.langsDeCursor(raadplegen, HAARLEM, Werkvoorraadvraag.Status.ALLE,
                Set.of(), Werkvoorraadvraag.Sortering.OUDSTE_SIGNAAL, 50);
        assertThat(gelezen).isEqualTo(Werkvoorraadpaden.inGeheugen(raadplegen, HAARLEM, Werkvoorraadvraag.Status.ALLE,
                Set.of(), Werkvoorraadvraag.Sortering.OUDSTE_SIGNAAL));
        List<UUID> verwacht = new ArrayList<>();
        metSignaal.stream().sorted(Comparator.comparing((Rij r) -> r.ontvangenOp().atZone(java.time.ZoneId.of(
                "Europe/Amsterdam")).toLocalDate()).thenComparing(VOLGORDE)).forEach(r -> verwacht.add(r.id()));
        verwacht.add(beeindigd.get(2).id());
        verwacht.add(beeindigd.get(1).id());
        nieuwste.forEach(r -> verwacht.add(r.id()));
        verwacht.add(beeindigd.get(0).id());
        assertThat(gelezen).isEqualTo(verwacht);
    }

    /** Follows _links.next to the last page: the BSNs in the order seen. */
    private List<String> volg(String url) throws Exception {
        List<String> bsns = new ArrayList<>();
        int paginas = 0;
        while (url != null && paginas++ < 1000) {
            JsonNode pagina = pagina(url);
            pagina.at("/inburgeraars").forEach(i -> bsns.add(i.at("/bsn").asString()));
            url = pagina.at("/_links/next/href").asString(null);
        }
        return bsns;
    }
}
