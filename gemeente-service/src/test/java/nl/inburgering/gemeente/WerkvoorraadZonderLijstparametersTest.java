package nl.inburgering.gemeente;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import nl.inburgering.platform.bsn.Bsn;
import nl.inburgering.platform.jpa.RijenVoorPersonen;
import nl.inburgering.platform.security.Rol;
import nl.inburgering.platform.test.KetenTestInfrastructuur;
import nl.inburgering.platform.test.Statementteller;
import nl.inburgering.platform.test.Statementteller.Telling;
import nl.inburgering.platform.test.TestBsn;
import nl.inburgering.platform.test.TestTokens;

/**
 * Issue 17: the chapters read a page of the werkvoorraad, and the one person of {@code _zoek}, with one SQL text each,
 * however many persons it holds (decision 0051). The persons are bound as one array, so PostgreSQL and Hibernate see
 * the same statement for 1, 3 or 20 of them, and no read runs once per person. The rows are written straight into
 * the tables, in a gemeente of their own (Nijmegen) that no other test class writes to; every person has a fact in
 * two chapters whose rows carry a collection (a PIP, a PVT), and the page shows them.
 */
@SpringBootTest(properties = { "spring.config.name=gemeente-service", "keten.gemeenten=0363,0599,0344,0200,0153,0268" })
@AutoConfigureMockMvc
@ContextConfiguration(initializers = KetenTestInfrastructuur.class)
@Import(Statementteller.Configuratie.class)
@DirtiesContext
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class WerkvoorraadZonderLijstparametersTest {

    private static final String NIJMEGEN = "0268";
    private static final String NIJMEGEN_OIN = "00000001001516310000";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    /** Every repository that reads persons by BSN as one array: Spring Data's proxies, with their own queries. */
    @Autowired
    List<RijenVoorPersonen<?>> lezingenVoorPersonen;

    private final List<String> bsns = new ArrayList<>();

    @BeforeEach
    void twintigInburgeraarsMetEenPipEnEenPvt() {
        bsns.addAll(jdbc.sql("select bsn from inburgeraar where gemeentecode = ?").param(NIJMEGEN).query(String.class)
                .list());
        if (!bsns.isEmpty()) {
            return; // written for the class's first test
        }
        Instant nu = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        for (int i = 0; i < 20; i++) {
            String bsn = TestBsn.nieuw();
            bsns.add(bsn);
            jdbc.sql("""
                    insert into inburgeraar (bsn, id, gemeentecode, geboortedatum, doelgroep, gedetailleerde_doelgroep,
                        begindatum_inburgeringsplicht, datum_vaststelling, leerbaarheidstoets_klaargezet, ontvangen_op)
                    values (?, ?, ?, date '1990-01-01', 'ASIELSTATUSHOUDER', 'ASIELSTATUSHOUDER', date '2024-01-01',
                        date '2024-01-03', true, ?)""")
                    .params(bsn, UUID.randomUUID(), NIJMEGEN, OffsetDateTime.ofInstant(nu.minusSeconds(i),
                            ZoneOffset.UTC))
                    .update();
            jdbc.sql("insert into werkvoorraad_signaalindex_open (bsn) values (?) on conflict do nothing").param(bsn)
                    .update();
            // a registered PIP and a PVT sent to DUO: facts whose rows carry afwijzingsredenen as a collection
            jdbc.sql("""
                    insert into pip (id, bsn, gemeentecode, herkomst, dagtekening, status, vastgesteld_op)
                    values (?, ?, ?, 'DEZE_DIENST', date '2024-02-01', 'GEREGISTREERD', ?)""")
                    .params(UUID.randomUUID(), bsn, NIJMEGEN, OffsetDateTime.ofInstant(nu, ZoneOffset.UTC)).update();
            jdbc.sql("""
                    insert into leerroute_resultaat (id, bsn, gemeentecode, onderdeel, datum, herkomst, status,
                        verzonden_op)
                    values (?, ?, ?, 'PVT', date '2024-06-01', 'DEZE_DIENST', 'VERZONDEN', ?)""")
                    .params(UUID.randomUUID(), bsn, NIJMEGEN, OffsetDateTime.ofInstant(nu, ZoneOffset.UTC)).update();
        }
    }

    private static String klantmanager() {
        return TestTokens.voor("gemeente-service").rol(Rol.GEMEENTE_KLANTMANAGER).gemeente(NIJMEGEN, NIJMEGEN_OIN)
                .bearer();
    }

    private Telling pagina(int grootte) {
        return Statementteller.tel(() -> ok(() -> mvc.perform(get("/api/v1/inburgeraars?paginaGrootte=" + grootte)
                .header("Authorization", klantmanager()))
                .andExpect(jsonPath("$.inburgeraars.length()").value(grootte))
                .andExpect(jsonPath("$.inburgeraars[*].statusPip").value(everyItem(is("GEREGISTREERD"))))
                .andExpect(jsonPath("$.inburgeraars[*].statusPvt").value(everyItem(is("VERZONDEN"))))));
    }

    private Telling zoek(String bsn) {
        return Statementteller.tel(() -> ok(() -> mvc.perform(post("/api/v1/inburgeraars/_zoek")
                .header("Authorization", klantmanager()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"bsn\":\"" + bsn + "\"}"))));
    }

    private interface Verzoek {
        ResultActions doe() throws Exception;
    }

    private static void ok(Verzoek verzoek) {
        try {
            verzoek.doe().andExpect(status().isOk());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A list of binds, {@code in (?,?,?)}: its text changes with the number of persons. */
    private static final Pattern LIJST = Pattern.compile("(?i)\\bin\\s*\\(\\s*\\?");

    private static Set<String> teksten(Telling telling) {
        return new LinkedHashSet<>(telling.beginnendMet("select"));
    }

    @Test
    void een_pagina_van_drie_en_een_van_twintig_inburgeraars_sturen_dezelfde_sql() {
        pagina(3); // the first request of the context warms what a request warms
        Telling drie = pagina(3);
        Telling twintig = pagina(20);

        assertThat(teksten(twintig)).as("twintig:\n%s\ndrie:\n%s", twintig, drie).isEqualTo(teksten(drie));
        // one read per table and chapter, not one per person (a PIP's or resultaat's afwijzingsredenen were one each)
        assertThat(twintig.aantal()).as(twintig.toString()).isEqualTo(drie.aantal());
        // every read of the page by BSN binds them as one array
        assertThat(teksten(twintig)).noneMatch(sql -> LIJST.matcher(sql).find())
                .filteredOn(sql -> sql.contains("any(")).isNotEmpty();
    }

    @Test
    void zoeken_naar_een_inburgeraar_leest_de_hoofdstukken_met_de_sql_van_een_pagina() {
        pagina(3);
        Telling pagina = pagina(3);
        Telling zoek = zoek(bsns.get(0));

        // the chapters read the one person with the page's statements, not with statements of a list of one
        assertThat(teksten(zoek)).as("zoek:\n%s\npagina:\n%s", zoek, pagina)
                .noneMatch(sql -> LIJST.matcher(sql).find())
                .filteredOn(sql -> sql.contains("any("))
                .isNotEmpty().isSubsetOf(teksten(pagina));
    }

    /** The one statement of a read of persons: its table, the gemeente and the persons as one array. */
    private static final Pattern EEN_ARRAY = Pattern.compile(
            "(?i)select \\* from (\\w+) where gemeentecode = \\? and bsn = any\\(\\?\\)");

    @Test
    void elk_hoofdstuk_leest_de_personen_met_de_eigen_query_van_zijn_tabel_in_een_statement() {
        List<Bsn> personen = bsns.stream().map(Bsn::of).toList();
        Map<String, Integer> rijenPerTabel = new HashMap<>();
        for (RijenVoorPersonen<?> lezing : lezingenVoorPersonen) {
            List<List<?>> gelezen = new ArrayList<>();
            Telling telling = Statementteller.tel(() -> gelezen.add(lezing.voorPersonen(NIJMEGEN, personen)));

            assertThat(telling.statements()).as(telling.toString()).hasSize(1);
            Matcher query = EEN_ARRAY.matcher(telling.statements().get(0));
            assertThat(query.matches()).as(telling.toString()).isTrue();
            rijenPerTabel.put(query.group(1), gelezen.get(0).size());
        }
        // the eleven chapter tables of decision 0051, each read by its own repository's @Query
        assertThat(rijenPerTabel).containsOnlyKeys("examenresultaat", "vrijstelling_ontheffing", "signalering",
                "opgelegde_boete", "beoordeling_verlenging", "inspanning", "verzuim_maatregel", "inburgeraar",
                "beschikking_voldaan", "overdracht_inburgeraar", "inburgeringstermijn")
                .containsEntry("inburgeraar", 20);
    }
}
