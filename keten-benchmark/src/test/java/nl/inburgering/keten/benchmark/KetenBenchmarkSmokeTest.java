package nl.inburgering.keten.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The benchmark runs end to end with tiny numbers and its report has every section. No figure is asserted: the
 * benchmark is a measurement, not a test of speed.
 */
class KetenBenchmarkSmokeTest {

    @TempDir
    Path map;

    @Test
    void een_kleine_run_geeft_een_tabel_en_een_rapport_met_alle_onderdelen() throws Exception {
        Path rapport = map.resolve("rapport.json");
        // 12 persons: the mix has plichtigen and not, and AZC residents (§3.3, the koppeling in wave 2); the
        // plichtigen go on through the brede intake to a PIP (§4, wave 3), the leerroute (wave 4), and then either
        // voldaan (wave 5) or, numbers 0 to 3 and 11, a vrijstelling, an ontheffing or an intrekking (wave 6), or,
        // number 8, a gezinsmigrant, a lening (wave 8); those still plichtig move to another gemeente (wave 7)
        Instellingen instellingen = Instellingen.parse("--personen=12", "--opwarmen=0", "--clients=4",
                "--plafond-seconden=1", "--plafond-verbindingen=2", "--miljoen=3000", "--query-seconden=0.2",
                "--max-wachttijd=60", "--rapport=" + rapport).metKorteWachttijden();
        ByteArrayOutputStream console = new ByteArrayOutputStream();

        Map<String, Object> resultaat = new KetenBenchmark(instellingen, new PrintStream(console, true,
                StandardCharsets.UTF_8)).run();

        System.out.println(console.toString(StandardCharsets.UTF_8));
        assertThat(resultaat).containsKeys("machine", "instellingen", "start", "keten", "commits", "tijdreeks",
                "geheugen", "profiel", "plafonds", "verhoudingen", "werkvoorraad", "gc");
        JsonNode json = JsonMapper.builder().build().readTree(Files.readString(rapport));
        JsonNode keten = json.get("keten");
        assertThat(keten.get("personenGeslaagd").asInt()).isEqualTo(12);
        // the collector's pauses of the run, and the slow events told apart by them (the services are in this JVM)
        assertThat(json.get("gc").has("pauzes")).isTrue();
        assertThat(keten.get("overall").get("tragerDan50MsMetGcPauze").asLong())
                .isBetween(0L, keten.get("overall").get("tragerDan50Ms").asLong());
        // every applied event split at its producer's mark: both parts measured for the whole run
        assertThat(keten.get("overall").get("totPublicatieMs").get("p50").asDouble()).isPositive();
        assertThat(keten.get("overall").get("naPublicatieMs").get("p50").asDouble()).isPositive();
        assertThat(keten.get("koppelingen").asInt()).isPositive();
        assertThat(keten.get("golven")).hasSize(12);
        // wave 3 (§4): every plichtige at his gemeente through the brede intake and the toets to a PIP DUO registers
        JsonNode bredeIntake = keten.get("bredeIntakeEnPip");
        assertThat(bredeIntake.get("pipsVastgesteld").asInt()).isPositive()
                .isEqualTo(bredeIntake.get("personen").asInt());
        assertThat(bredeIntake.get("pipsPerStatus").propertyNames()).containsExactly("GEREGISTREERD");
        assertThat(bredeIntake.get("termijnen").asInt()).isEqualTo(bredeIntake.get("pipsVastgesteld").asInt());
        assertThat(keten.get("eindeTotEinde").has("§4 PIP")).isTrue();
        // wave 4 (§5): every person with a PIP at an instelling, a passed exam lezen (LE), PVT and MAP registered by DUO
        JsonNode leerroute = keten.get("leerroute");
        int metPip = bredeIntake.get("pipsVastgesteld").asInt();
        assertThat(leerroute.get("personen").asInt()).isEqualTo(metPip);
        assertThat(leerroute.get("examenPvtEnMapGeslaagd").asInt()).as("%s %s", keten.get("fouten"), keten.get("voorbeeldFouten")).isEqualTo(metPip);
        assertThat(leerroute.get("examenresultatenBijGemeente").asInt()).isEqualTo(metPip);
        assertThat(leerroute.get("resultatenPerStatus").propertyNames())
                .containsExactlyInAnyOrder("MAP GEREGISTREERD", "PVT GEREGISTREERD");
        assertThat(keten.get("eindeTotEinde").has("§5 examen")).isTrue();
        // wave 5 (§8): every person in the B1-route through wave 4b passes the other exams and DUO decides voldaan:
        // a beschikking, #10 to the gemeente and to IND (which keeps a copy), #3 beëindigd to the gemeente
        JsonNode voldaan = keten.get("voldaan");
        int b1 = voldaan.get("personen").asInt();
        assertThat(b1).as("a handful of persons in the B1-route").isPositive();
        int lenend = voldaan.get("naarGolf8").asInt();
        assertThat(b1 + voldaan.get("andereLeerroute").asInt() + voldaan.get("naarGolf6").asInt() + lenend)
                .isEqualTo(leerroute.get("examenPvtEnMapGeslaagd").asInt());
        assertThat(voldaan.get("examensGeslaagd").asInt()).isEqualTo(b1);
        assertThat(leerroute.get("examenresultatenGolf5BijGemeente").asInt()).isEqualTo(4 * b1);
        assertThat(voldaan.get("beschikkingen").asInt()).isEqualTo(b1);
        assertThat(voldaan.get("beschikkingenPerLeerrouteEnWaardepapier").propertyNames())
                .containsExactly("B1_ROUTE INBURGERINGSDIPLOMA");
        assertThat(voldaan.get("gepubliceerd10NaarGemeente").asInt()).isEqualTo(b1);
        assertThat(voldaan.get("gepubliceerd10NaarInd").asInt()).isEqualTo(b1);
        assertThat(voldaan.get("kopieenBijInd").asInt()).isEqualTo(b1);
        // wave 6 (§10, §11, §13.5): the persons of wave 4b named by their number, still plichtig (wave 5 left them
        // out), each through his wijziging; the 12 persons' mix has every kind
        JsonNode wijzigingen = keten.get("wijzigingen");
        assertThat(wijzigingen.get("personen").asInt()).isEqualTo(voldaan.get("naarGolf6").asInt());
        assertThat(wijzigingen.get("geslaagd").asInt()).as("%s %s", keten.get("fouten"), keten.get("voorbeeldFouten"))
                .isEqualTo(wijzigingen.get("personen").asInt());
        JsonNode per = wijzigingen.get("perWijzigingGeslaagd");
        int vrijstellingen = per.get("VRIJSTELLING").asInt();
        int medisch = per.get("MEDISCHE_ONTHEFFING").asInt();
        int bio = per.get("BIO_ONTHEFFING").asInt();
        int intrekkingen = per.get("INTREKKING_VERBLIJFSRECHT").asInt();
        assertThat(List.of(vrijstellingen, medisch, bio, intrekkingen)).as("a handful of each kind").allMatch(n -> n > 0);
        // #11 and #12 to the gemeente and to IND's topic, #3 gewijzigd for the gedeeltelijke vrijstelling, #3
        // beëindigd for the ontheffingen and the intrekkingen (and wave 5's voldaan), SZW's #21, IND's #2
        assertThat(wijzigingen.get("gepubliceerd11NaarGemeente").asInt()).isEqualTo(vrijstellingen);
        assertThat(wijzigingen.get("gepubliceerd11NaarInd").asInt()).isEqualTo(vrijstellingen);
        assertThat(wijzigingen.get("gepubliceerd12NaarGemeente").asInt()).isEqualTo(medisch + bio);
        assertThat(wijzigingen.get("gepubliceerd12NaarInd").asInt()).isEqualTo(medisch + bio);
        assertThat(wijzigingen.get("gepubliceerd3GewijzigdNaarGemeente").asInt()).isEqualTo(vrijstellingen);
        assertThat(wijzigingen.get("gepubliceerd3BeeindigdNaarGemeente").asInt())
                .isEqualTo(b1 + medisch + bio + intrekkingen);
        assertThat(voldaan.get("gepubliceerd3BeeindigdNaarGemeente").asInt())
                .isEqualTo(b1 + medisch + bio + intrekkingen);
        assertThat(wijzigingen.get("gepubliceerd21").asInt()).isEqualTo(bio);
        assertThat(wijzigingen.get("gepubliceerd2").asInt()).isEqualTo(intrekkingen);
        assertThat(keten.get("eindeTotEinde").get("§8 voldaan").get("aantal").asInt()).isEqualTo(b1);
        // wave 7 (§13.2): every plichtige still plichtig after waves 5 and 6 (another leerroute, a gedeeltelijke
        // vrijstelling, a gezinsmigrant who borrows) moves to Utrecht, registered by its BRP system; DUO delivers
        // every plicht to Utrecht (#3 vastgesteld) and #3 gewijzigd to Utrecht and to the gemeente that had him;
        // Utrecht asks for the overdracht (#19), the old gemeente delivers it, and Utrecht has it
        JsonNode verhuizingen = keten.get("verhuizingen");
        int verhuisd = verhuizingen.get("geslaagd").asInt();
        assertThat(verhuisd).as("a handful of persons still plichtig").isPositive()
                .isEqualTo(verhuizingen.get("personen").asInt())
                .isEqualTo(voldaan.get("andereLeerroute").asInt() + vrijstellingen + lenend);
        String utrecht = "duo.inburgeringsplicht.v1.gemeente." + Persoon.VERHUISGEMEENTE;
        assertThat(verhuizingen.get("gepubliceerd3VastgesteldNaarGemeente").asInt()).isEqualTo(verhuisd);
        assertThat(verhuizingen.get("gepubliceerd3VastgesteldPerTopic").get(utrecht).asInt()).isEqualTo(verhuisd);
        JsonNode gewijzigd = verhuizingen.get("gepubliceerd3GewijzigdPerTopic");
        assertThat(gewijzigd.get(utrecht).asInt()).isEqualTo(verhuisd);
        assertThat(gewijzigd.propertyNames().stream().filter(t -> !t.equals(utrecht))
                .mapToInt(t -> gewijzigd.get(t).asInt()).sum()).as("to the old gemeenten").isEqualTo(verhuisd);
        assertThat(leerroute.get("examenresultatenNaVerhuizingBijGemeente").asInt()).as("#13 again to Utrecht")
                .isGreaterThanOrEqualTo(verhuisd);
        assertThat(List.of(verhuizingen.get("gepubliceerd19Gevraagd").asInt(),
                verhuizingen.get("overdrachtenGeleverd").asInt(), verhuizingen.get("gepubliceerd19Overgedragen").asInt(),
                verhuizingen.get("overdrachtenOntvangenBijNieuweGemeente").asInt())).containsOnly(verhuisd);
        // wave 8 (§12): the gezinsmigrant gets a lening, the instelling's factuur reaches DUO, the backoffice records
        // the goedkeuring, DUO pays it and the instelling has the judgement
        JsonNode leningen = keten.get("leningen");
        assertThat(lenend).as("a gezinsmigrant who borrows").isPositive().isEqualTo(leningen.get("personen").asInt())
                .isEqualTo(leningen.get("leningEnFactuurGeslaagd").asInt())
                .isEqualTo(leningen.get("goedkeuringGeslaagd").asInt())
                .isEqualTo(leningen.get("gepubliceerdFactuurIngediend").asInt())
                .isEqualTo(leningen.get("gepubliceerdFactuurBeoordeeld").asInt());
        assertThat(leningen.get("leningenPerStatus").get("TOEGEKEND").asInt()).isEqualTo(lenend);
        assertThat(leningen.get("facturenBijDuoPerStatus").get("BETAALBAAR_GESTELD").asInt())
                .as(leningen.toString()).isEqualTo(lenend);
        assertThat(leningen.get("facturenBijInstellingPerStatus").get("BETAALBAAR_GESTELD").asInt())
                .as(leningen.toString()).isEqualTo(lenend);
        assertThat(keten.get("eindeTotEinde").get("§13.2 overdracht").get("aantal").asInt()).isEqualTo(verhuisd);
        assertThat(keten.get("eindeTotEinde").get("§12 factuur").get("aantal").asInt()).isEqualTo(lenend);
        assertThat(keten.get("fouten").isEmpty()).as(keten.get("voorbeeldFouten").toString()).isTrue();
        Map<String, Integer> toegepast = new java.util.HashMap<>();
        for (JsonNode dienst : keten.get("stelseldiensten")) {
            assertThat(dienst.get("latentieMs").has("p99")).as(dienst.get("naam").asString()).isTrue();
            toegepast.merge(dienst.get("topic").asString() + " " + dienst.get("consument").asString(),
                    dienst.get("toegepast").asInt(), Integer::sum);
        }
        // every person's BRP-inschrijving reaches IND and every person's Verblijfsdoelen (#1) reaches DUO
        assertThat(toegepast).containsEntry("brp.inschrijvingen.v1 ind-service", 12)
                .containsEntry("ind.verblijfsdoelen.v1 duo-service", 12)
                .containsKey("duo.inburgeringsplicht.v1 gemeente-service")
                .containsKeys("gemeente.verloop-leerbaarheidstoets.v1 duo-service",
                        "duo.uitkomst-leerbaarheidstoets.v1 gemeente-service",
                        "gemeente.vastgestelde-gegevens-pip.v1 duo-service", "duo.registratie-pip.v1 gemeente-service",
                        "duo.inburgeringstermijn.v1 gemeente-service")
                // wave 4: #20 at DUO, #18 on both routes (§15.5), #13 at gemeente and instelling, #17 and DUO's answer
                .containsKeys("instelling.inschrijving-inburgeraar.v1 duo-service",
                        "instelling.inspanning-inburgeraar-gezinsmigrant.v1 duo-service",
                        "instelling.inspanning-inburgeraar-asielstatushouder.v1 gemeente-service",
                        "gemeente.inspanning-inburgeraar-asielstatushouder.v1 duo-service",
                        "duo.examenresultaten.v1 gemeente-service", "duo.examenresultaten.v1 instelling-service",
                        "gemeente.resultaten-pvt-map-zroute.v1 duo-service",
                        "duo.registratie-resultaten-pvt-map-zroute.v1 gemeente-service")
                // wave 5: IND applies every #10 from its own topic
                .containsEntry("duo.beschikking-voldaan-inburgeringsplicht.v1 ind-service", b1)
                // wave 6: DUO applies SZW's #21 and IND's #2, the gemeente #11 and #12
                .containsEntry("szw.beslissing-bio.v1 duo-service", bio)
                .containsEntry("ind.wijziging-verblijfsrecht.v1 duo-service", intrekkingen)
                .containsEntry("duo.eindoordeel-vrijstelling.v1 gemeente-service", vrijstellingen)
                .containsEntry("duo.beslissing-ontheffing.v1 gemeente-service", medisch + bio)
                // wave 7: DUO applies every BRP verhuizing; the gemeenten every #19, the request and the delivery
                .containsEntry("brp.verhuizingen.v1 duo-service",
                        verhuisd + verhuizingen.get("eerstGevestigdInGekoppeldeGemeente").asInt())
                .containsEntry("gemeente.overdracht-inburgeraar.v1 gemeente-service", 2 * verhuisd)
                // wave 8: DUO applies every factuur, the instelling every judgement
                .containsEntry("instelling.facturen.v1 duo-service", lenend)
                .containsEntry("duo.factuurbeoordelingen.v1 instelling-service", lenend);
        // issue 17: per wave the machine's (and the JVM's and PostgreSQL's) CPU and the events applied in it, and the
        // CPU per applied event where there was one
        for (JsonNode golf : keten.get("golven")) {
            String naam = golf.get("golf").asString();
            for (String veld : List.of("toegepast", "machineCpuSeconden", "jvmCpuSeconden", "postgresCpuSeconden")) {
                assertThat(golf.get(veld)).as(naam + " " + veld).isNotNull();
                assertThat(golf.get(veld).isNumber()).as(naam + " " + veld).isTrue();
                assertThat(golf.get(veld).asDouble()).as(naam + " " + veld).isNotNegative();
            }
            assertThat(golf.get("toegepast").asLong()).as(naam + ": every wave makes the chain apply events")
                    .isPositive();
            for (String veld : List.of("cpuMsPerEvent", "jvmCpuMsPerEvent")) {
                assertThat(golf.get(veld).isNumber()).as(naam + " " + veld).isTrue();
                assertThat(golf.get(veld).asDouble()).as(naam + " " + veld).isNotNegative();
            }
        }
        // and per delivery the CPU of the listener threads that apply it: every consumer thread is some service's
        // listener, every delivery of the table has its listener
        JsonNode perAflevering = keten.get("cpu").get("perAflevering");
        assertThat(perAflevering.get("beschikbaar").asBoolean()).as(perAflevering.toString()).isTrue();
        assertThat(perAflevering.get("unattributed").get("draden")).as(perAflevering.toString()).isEmpty();
        assertThat(perAflevering.get("listenerDradenCpuMs").asDouble()).isPositive();
        for (JsonNode dienst : keten.get("stelseldiensten")) {
            String naam = dienst.get("naam").asString();
            for (String veld : List.of("consumentCpuMs", "consumentCpuMsPerEvent")) {
                assertThat(dienst.get(veld)).as(naam + " " + veld).isNotNull();
                assertThat(dienst.get(veld).isNumber()).as(naam + " " + veld + " " + perAflevering).isTrue();
                assertThat(dienst.get(veld).asDouble()).as(naam + " " + veld).isNotNegative();
            }
        }
        // the benchmark's own CPU (its threads and its PostgreSQL queries) is reported beside the machine's, as part
        // of it: the chain's cost without the observer is the rest
        JsonNode cpu = keten.get("cpu");
        JsonNode eigen = cpu.get("benchmark");
        assertThat(eigen.get("beschikbaar").asBoolean()).as(eigen.toString()).isTrue();
        assertThat(eigen.get("cpuSeconden").asDouble()).as(eigen.toString()).isPositive()
                .isLessThan(cpu.get("machineCpuSeconden").asDouble());
        assertThat(eigen.get("perDraadCpuSeconden").propertyNames()).as(eigen.toString())
                .contains("benchmark-meter", Thread.currentThread().getName());
        assertThat(cpu.get("benchmarkCpuMsPerEvent").asDouble()).isPositive()
                .isLessThan(cpu.get("cpuMsPerEvent").asDouble());
        assertThat(cpu.get("cpuMsPerEventZonderBenchmark").asDouble()).isPositive();
        // the JVM's own threads: a fresh JVM running five services compiles during the run
        JsonNode intern = cpu.get("jvmIntern");
        assertThat(intern.get("beschikbaar").asBoolean()).as(intern.toString()).isTrue();
        assertThat(intern.get("jitCpuSeconden").asDouble()).as(intern.toString()).isPositive()
                .isLessThan(cpu.get("machineCpuSeconden").asDouble());
        assertThat(cpu.get("jitCpuMsPerEvent").asDouble()).isPositive();
        assertThat(json.get("profiel").get("intervalMs").asLong()).isEqualTo(Draadprofiel.INTERVAL.toMillis());
        assertThat(json.get("plafonds").get("postgres").get("commitsPerSeconde").asDouble()).isPositive();
        assertThat(json.get("plafonds").get("kafka").get("verbruiktPerSeconde").asDouble()).isPositive();
        assertThat(json.get("verhoudingen").has("eventsPerSecondeTovKafka")).isTrue();
        assertThat(json.get("commits").has("schrijvendeTransactiesPerEvent")).isTrue();
        // decision 0052: where the commits come from, per service and source, and the rest PostgreSQL counted beyond
        // Spring's transactions; per service the sources' commits and the rest make up the database's commits
        JsonNode commits = json.get("commits");
        assertThat(commits.get("bronnenBeschikbaar").asBoolean()).isTrue();
        JsonNode perBron = commits.get("perBron");
        assertThat(perBron).isNotEmpty();
        Map<String, Long> springPerService = new java.util.HashMap<>();
        for (JsonNode bron : perBron) {
            assertThat(bron.get("bron").asString()).as(bron.toString()).isNotEqualTo("(naamloos)");
            assertThat(bron.get("commitsTijdensRun").asLong()).as(bron.toString())
                    .isBetween(0L, bron.get("commits").asLong());
            springPerService.merge(bron.get("service").asString(), bron.get("commits").asLong(), Long::sum);
        }
        long totaal = 0;
        for (String naam : commits.get("perDatabase").propertyNames()) {
            JsonNode database = commits.get("perDatabase").get(naam);
            JsonNode spring = database.get("spring");
            String service = naam + "-service";
            assertThat(spring.get("commits").asLong()).as(naam).isEqualTo(springPerService.getOrDefault(service, 0L));
            assertThat(spring.get("commits").asLong() + spring.get("rest").asLong()).as(naam)
                    .isEqualTo(database.get("commits").asLong());
            // and the idle chain's commits per second split the same way
            assertThat(spring.get("rustPerSeconde").asDouble()).as(naam).isNotNegative();
            assertThat(spring.has("restRustPerSeconde")).as(naam).isTrue();
            totaal += database.get("commits").asLong();
        }
        assertThat(commits.get("springCommits").asLong() + commits.get("rest").asLong()).isEqualTo(totaal)
                .isEqualTo(commits.get("totaal").asLong());
        // the platform's own work under its names: every service's relay, DUO's inbox for #1 from IND; the
        // use cases under their class and method
        assertThat(perBron.findValuesAsString("bron")).contains("keten.outbox.relay",
                "keten.inbox.poll ind.verblijfsdoelen.v1")
                .anyMatch(bron -> bron.startsWith("nl.inburgering.duo."));
        for (String service : List.of("ind-service", "duo-service", "coa-service", "gemeente-service",
                "instelling-service")) {
            assertThat(springPerService.get(service)).as(service).isPositive();
        }
        assertThat(json.get("werkvoorraad").get("lading").get("rijen").asLong()).isEqualTo(3000);
        // decision 0044: first pages, the old offset and the cursor after it, the walk along _links.next, the
        // filters, the total on request and _zoek; decision 0046: each of the 12 signal filters and both orders;
        // each query's plan
        assertThat(json.get("werkvoorraad").get("queries")).hasSize(10 + 12 + 2);
        assertThat(json.get("werkvoorraad").get("queries").findValuesAsString("naam"))
                .anyMatch(naam -> naam.startsWith("werkvoorraad cursor na "))
                .anyMatch(naam -> naam.contains("pages along next"));
        // and the common signal's first block both ways: its windows walked (V202) and the candidates' range
        assertThat(json.get("werkvoorraad").get("plannen")).hasSize(11);
        assertThat(json.get("werkvoorraad").get("plannen")
                .has("signaal=TIEN_WEKEN_LEERROUTE_VERSTREKEN first block, its windows walked newest first (V202)"))
                .isTrue();
        assertThat(json.get("geheugen").get("jvmRssNaStartMiB").asDouble()).isPositive();
        assertThat(json.get("tijdreeks").isArray()).isTrue();

        String tabel = console.toString(StandardCharsets.UTF_8);
        for (String regel : List.of("stelseldienst", "#1 verblijfsdoelen ind -> duo", "#3 inburgeringsplicht duo -> gemeente", "ceilings",
                "Kafka ceiling", "PostgreSQL ceiling", "werkvoorraad", "start of the local chain", "§4 (wave 3)",
                "3b (§4: PIP)", "#6 toets uitkomst duo -> gemeente", "verloop leerbaarheidstoets gemeente -> duo",
                "#16 vastgestelde gegevens PIP gemeente -> duo", "registratie PIP duo -> gemeente",
                "#5 inburgeringstermijn duo -> gemeente", "§4 PIP e2e", "4a (§5: inschrijving and inspanning",
                "4b (§5: LE exam, PVT and MAP)", "§5 (wave 4) leerroute", "#13 examenresultaten duo -> gemeente",
                "#13 examenresultaten duo -> instelling", "#20 ", "#18 ", "#17 ", "§5 examen e2e",
                "5 (§8: KNM, LU, SC, SP exams; DUO decides voldaan)", "§8 (wave 5) voldaan",
                "#10 beschikking voldaan duo -> ind", "#10 beschikking voldaan duo -> gemeente",
                "#3 inburgeringsplicht beëindigd duo -> gemeente", "§8 voldaan e2e",
                "6 (§10, §11, §13.5: vrijstelling, ontheffing, verblijfsrecht)", "§10, §11, §13.5 (wave 6) wijzigingen",
                "#11 eindoordeel vrijstelling duo -> gemeente", "#11 eindoordeel vrijstelling duo -> ind",
                "#12 beslissing ontheffing duo -> gemeente", "#12 beslissing ontheffing duo -> ind",
                "#21 beslissing BIO szw -> duo", "#2 wijziging verblijfsrecht ind -> duo",
                "#3 inburgeringsplicht gewijzigd duo -> gemeente",
                "7a (§13.2: BRP verhuizing to another gemeente)", "§13.2 (wave 7) verhuizingen",
                "BRP verhuizingen gemeente -> duo", "7b (§13.2: the old gemeente delivers the overdracht, #19)",
                "#19 overdracht gevraagd gemeente -> gemeente", "#19 inburgeraar overgedragen gemeente -> gemeente",
                "§13.2 overdracht e2e", "8a (§12: lening at DUO, the instelling's factuur)",
                "8b (§12.2: goedkeuring, DUO judges the factuur)", "§12 (wave 8) leningen",
                "factuur ingediend instelling -> duo", "factuur beoordeeld duo -> instelling", "§12 factuur e2e",
                "ms/event", "cons ms/ev", "unattributed", "of which the benchmark itself",
                "where the commits come from", "rest per database")) {
            assertThat(tabel).contains(regel);
        }
    }

    @Test
    void bsns_halen_de_elfproef_en_zijn_uniek() {
        Bsns bsns = new Bsns(10_000_000L);
        java.util.Set<String> gezien = new java.util.HashSet<>();
        for (int i = 0; i < 5000; i++) {
            String bsn = bsns.volgende();
            assertThat(Bsns.elfproef(bsn)).as(bsn).isTrue();
            assertThat(nl.inburgering.platform.bsn.Bsn.isValid(bsn)).as(bsn).isTrue();
            assertThat(gezien.add(bsn)).isTrue();
        }
    }

    @Test
    void de_personen_dekken_plichtigen_en_niet_plichtigen() {
        java.util.Set<String> profielen = new java.util.HashSet<>();
        for (int i = 0; i < 500; i++) {
            profielen.add(Persoon.profiel(i).naam());
        }
        assertThat(profielen).hasSameSizeAs(Persoon.PROFIELEN);
    }
}
