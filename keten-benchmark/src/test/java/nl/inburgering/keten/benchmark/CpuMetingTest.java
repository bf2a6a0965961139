package nl.inburgering.keten.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * Issue 17: the CPU per applied event of each wave (machine counters at its start and end) and of each delivery (the
 * CPU time of the listener threads that apply it, found by their names).
 */
class CpuMetingTest {

    private static final CpuMeting.Listener VERBLIJFSDOELEN_BIJ_DUO = new CpuMeting.Listener("duo-service",
            "org.springframework.kafka.KafkaListenerEndpointContainer#4", List.of("ind.verblijfsdoelen.v1"));
    private static final CpuMeting.Listener PLICHT_BIJ_DE_GEMEENTE = new CpuMeting.Listener("gemeente-service",
            "org.springframework.kafka.KafkaListenerEndpointContainer#4",
            List.of("duo.inburgeringsplicht.v1.gemeente.0363", "duo.inburgeringsplicht.v1.gemeente.0344"));
    private static final CpuMeting.Listener LEVERINGSAFSPRAKEN_BIJ_DUO = new CpuMeting.Listener("duo-service",
            "org.springframework.kafka.KafkaListenerEndpointContainer#9",
            List.of("ind.leveringsafspraken.v1", "coa.leveringsafspraken.v1"));

    @Test
    void een_golf_kost_het_verschil_van_de_tellers_en_per_toegepast_event_het_deel_daarvan() {
        CpuMeting.Stip begin = new CpuMeting.Stip(100.0, 40.0, 20.0, 1_000);
        CpuMeting.Stip eind = new CpuMeting.Stip(103.0, 41.5, 21.0, 1_600);

        CpuMeting.Stuk golf = CpuMeting.tussen(begin, eind);

        assertThat(golf.machineSeconden()).isCloseTo(3.0, within(1e-9));
        assertThat(golf.jvmSeconden()).isCloseTo(1.5, within(1e-9));
        assertThat(golf.postgresSeconden()).isCloseTo(1.0, within(1e-9));
        assertThat(golf.toegepast()).isEqualTo(600);
        assertThat(golf.cpuMsPerEvent()).isCloseTo(5.0, within(1e-9));
        assertThat(golf.jvmCpuMsPerEvent()).isCloseTo(2.5, within(1e-9));
    }

    @Test
    void een_golf_zonder_toegepaste_events_heeft_geen_cpu_per_event() {
        CpuMeting.Stuk golf = CpuMeting.tussen(new CpuMeting.Stip(10, 5, 1, 70), new CpuMeting.Stip(11, 5.5, 1.2, 70));

        assertThat(golf.machineSeconden()).isCloseTo(1.0, within(1e-9));
        assertThat(golf.toegepast()).isZero();
        assertThat(golf.cpuMsPerEvent()).isNull();
        assertThat(golf.jvmCpuMsPerEvent()).isNull();
    }

    @Test
    void postgres_dat_een_backend_sloot_en_daarmee_cpu_tijd_verloor_kost_een_golf_niet_minder_dan_nul() {
        CpuMeting.Stuk golf = CpuMeting.tussen(new CpuMeting.Stip(10, 5, 8, 0), new CpuMeting.Stip(12, 6, 6.5, 10));

        assertThat(golf.postgresSeconden()).isZero();
        assertThat(golf.machineSeconden()).isCloseTo(2.0, within(1e-9));
    }

    @Test
    void een_consumerdraad_van_het_platform_noemt_zijn_service_en_listener() {
        CpuMeting.Draadnaam draad = CpuMeting.Draadnaam
                .van("gemeente-service/org.springframework.kafka.KafkaListenerEndpointContainer#4-C-2");

        assertThat(draad.service()).isEqualTo("gemeente-service");
        assertThat(draad.listenerId()).isEqualTo("org.springframework.kafka.KafkaListenerEndpointContainer#4");
        assertThat(draad.listenerId() + "-C-").isEqualTo(nl.inburgering.platform.PlatformAutoConfiguration
                .consumerThreadPrefix(null, "org.springframework.kafka.KafkaListenerEndpointContainer#4"));
        assertThat(CpuMeting.Draadnaam.van(nl.inburgering.platform.PlatformAutoConfiguration
                .consumerThreadPrefix("duo-service", "verblijfsdoelen") + "1"))
                .isEqualTo(new CpuMeting.Draadnaam("duo-service", "verblijfsdoelen"));
    }

    @Test
    void een_consumerdraad_met_alleen_de_naam_van_spring_kafka_is_wel_een_consumer_maar_van_onbekende_service() {
        CpuMeting.Draadnaam draad = CpuMeting.Draadnaam.van("org.springframework.kafka.KafkaListenerEndpointContainer#4-0-C-1");

        assertThat(draad).isNotNull();
        assertThat(draad.service()).isNull();
        assertThat(CpuMeting.Draadnaam.van("http-nio-127.0.0.1-8081-exec-3")).isNull();
        assertThat(CpuMeting.Draadnaam.van("data-plane-kafka-request-handler-1")).isNull();
        assertThat(CpuMeting.Draadnaam.van("outbox-relay-duo-service")).isNull();
    }

    @Test
    void de_cpu_van_de_listenerdraden_gaat_naar_hun_listener_en_wat_niet_te_plaatsen_is_naar_unattributed() {
        Map<Long, String> namen = new HashMap<>();
        namen.put(1L, "duo-service/org.springframework.kafka.KafkaListenerEndpointContainer#4-C-1");
        namen.put(2L, "gemeente-service/org.springframework.kafka.KafkaListenerEndpointContainer#4-C-1");
        namen.put(3L, "gemeente-service/org.springframework.kafka.KafkaListenerEndpointContainer#4-C-2");
        namen.put(4L, "org.springframework.kafka.KafkaListenerEndpointContainer#7-0-C-1");
        namen.put(5L, "ind-service/org.springframework.kafka.KafkaListenerEndpointContainer#1-C-1");
        namen.put(6L, "http-nio-127.0.0.1-8081-exec-3");
        CpuMeting.Draden begin = new CpuMeting.Draden(Map.of(1L, 1_000_000L, 2L, 5_000_000L, 4L, 0L, 5L, 0L,
                6L, 0L), namen);
        // thread 3 started during the run: from 0
        CpuMeting.Draden eind = new CpuMeting.Draden(Map.of(1L, 31_000_000L, 2L, 15_000_000L, 3L, 4_000_000L,
                4L, 2_000_000L, 5L, 3_000_000L, 6L, 900_000_000L), namen);

        CpuMeting.Verdeling verdeling = CpuMeting.verdeel(begin, eind,
                List.of(VERBLIJFSDOELEN_BIJ_DUO, PLICHT_BIJ_DE_GEMEENTE, LEVERINGSAFSPRAKEN_BIJ_DUO));

        assertThat(verdeling.cpuMsPerListener().get(VERBLIJFSDOELEN_BIJ_DUO)).isCloseTo(30.0, within(1e-9));
        assertThat(verdeling.cpuMsPerListener().get(PLICHT_BIJ_DE_GEMEENTE)).isCloseTo(14.0, within(1e-9));
        assertThat(verdeling.dradenPerListener().get(PLICHT_BIJ_DE_GEMEENTE)).isEqualTo(2);
        assertThat(verdeling.cpuMsPerListener().get(LEVERINGSAFSPRAKEN_BIJ_DUO)).isZero();
        // Spring's own name (no service) and a listener no service has: unattributed; the HTTP worker is no consumer
        assertThat(verdeling.onbekendCpuMs()).isCloseTo(5.0, within(1e-9));
        assertThat(verdeling.onbekendeDraden()).containsExactly(
                "ind-service/org.springframework.kafka.KafkaListenerEndpointContainer#1-C-1",
                "org.springframework.kafka.KafkaListenerEndpointContainer#7-0-C-1");
    }

    @Test
    void een_listener_met_een_aflevering_geeft_haar_al_zijn_cpu_ook_van_de_topics_van_alle_gemeenten_samen() {
        Map<CpuMeting.Listener, Double> cpu = new LinkedHashMap<>();
        cpu.put(PLICHT_BIJ_DE_GEMEENTE, 80.0);
        cpu.put(VERBLIJFSDOELEN_BIJ_DUO, 30.0);
        List<CpuMeting.Aflevering> tabel = List.of(
                new CpuMeting.Aflevering("#3 inburgeringsplicht duo -> gemeente", "duo.inburgeringsplicht.v1.gemeente",
                        "gemeente-service", 40),
                new CpuMeting.Aflevering("#3 inburgeringsplicht duo -> coa", "duo.inburgeringsplicht.v1.coa",
                        "coa-service", 10),
                new CpuMeting.Aflevering("verblijfsdoelen ind -> duo", "ind.verblijfsdoelen.v1", "duo-service", 60));
        Map<String, Double> zonderEvents = new HashMap<>();

        Map<String, CpuMeting.AfleveringCpu> per = CpuMeting.perAflevering(cpu, tabel, CpuMeting::perSoortAfnemer,
                zonderEvents);

        assertThat(per.get("#3 inburgeringsplicht duo -> gemeente").cpuMs()).isCloseTo(80.0, within(1e-9));
        assertThat(per.get("#3 inburgeringsplicht duo -> gemeente").cpuMsPerEvent()).isCloseTo(2.0, within(1e-9));
        assertThat(per.get("verblijfsdoelen ind -> duo").cpuMsPerEvent()).isCloseTo(0.5, within(1e-9));
        assertThat(per).as("COA's copy is another consumer's, whose listener was not measured")
                .doesNotContainKey("#3 inburgeringsplicht duo -> coa");
        assertThat(zonderEvents).isEmpty();
    }

    @Test
    void een_listener_met_meer_afleveringen_verdeelt_zijn_cpu_naar_hun_toegepaste_events() {
        Map<CpuMeting.Listener, Double> cpu = Map.of(LEVERINGSAFSPRAKEN_BIJ_DUO, 90.0);
        List<CpuMeting.Aflevering> tabel = List.of(
                new CpuMeting.Aflevering("leveringsafspraken ind -> duo", "ind.leveringsafspraken.v1", "duo-service", 20),
                new CpuMeting.Aflevering("leveringsafspraken coa -> duo", "coa.leveringsafspraken.v1", "duo-service", 10));

        Map<String, CpuMeting.AfleveringCpu> per = CpuMeting.perAflevering(cpu, tabel, t -> t, new HashMap<>());

        assertThat(per.get("leveringsafspraken ind -> duo").cpuMs()).isCloseTo(60.0, within(1e-9));
        assertThat(per.get("leveringsafspraken coa -> duo").cpuMs()).isCloseTo(30.0, within(1e-9));
        assertThat(per.values()).allSatisfy(a -> assertThat(a.cpuMsPerEvent()).isCloseTo(3.0, within(1e-9)));
    }

    @Test
    void een_listener_die_niets_toepaste_staat_apart_met_de_cpu_van_zijn_poll() {
        CpuMeting.Listener overlijden = new CpuMeting.Listener("coa-service", "overlijden",
                List.of("brp.overlijden.v1"));
        Map<String, Double> zonderEvents = new HashMap<>();

        Map<String, CpuMeting.AfleveringCpu> per = CpuMeting.perAflevering(Map.of(overlijden, 4.0), List.of(
                new CpuMeting.Aflevering("verblijfsdoelen ind -> duo", "ind.verblijfsdoelen.v1", "duo-service", 60)),
                t -> t, zonderEvents);

        assertThat(per).isEmpty();
        assertThat(zonderEvents).containsOnlyKeys("coa-service/overlijden brp.overlijden.v1");
        assertThat(zonderEvents.get("coa-service/overlijden brp.overlijden.v1")).isCloseTo(4.0, within(1e-9));
    }

    @Test
    void de_draden_van_de_benchmark_zijn_zijn_clients_meter_profiel_en_bestuurder_en_niet_die_van_de_keten() {
        for (String eigen : List.of("benchmark-client", "benchmark-http-3", "benchmark-meter", "benchmark-profiel",
                "kafka-admin-client-thread | keten-benchmark-meter", "main")) {
            assertThat(CpuMeting.vanDeBenchmark(eigen, "main")).as(eigen).isTrue();
        }
        for (String keten : List.of("http-nio-127.0.0.1-8081-exec-3", "HttpClient-1-Worker-0",
                "gemeente-service/org.springframework.kafka.KafkaListenerEndpointContainer#4-C-1",
                "outbox-relay-duo-service", "data-plane-kafka-request-handler-1",
                "kafka-producer-network-thread | producer-outbox-duo-service-1")) {
            assertThat(CpuMeting.vanDeBenchmark(keten, "main")).as(keten).isFalse();
        }
        // the smoke test drives the benchmark from its own thread
        assertThat(CpuMeting.vanDeBenchmark("Test worker", "Test worker")).isTrue();
        assertThat(CpuMeting.vanDeBenchmark("main", "Test worker")).isFalse();
    }

    @Test
    void de_eigen_cpu_van_de_benchmark_telt_zijn_levende_draden_en_wat_zijn_beeindigde_clients_meenamen() {
        Map<Long, String> namen = new HashMap<>();
        namen.put(1L, "main");
        namen.put(2L, "benchmark-meter");
        namen.put(3L, "benchmark-http-1");
        namen.put(4L, "benchmark-http-2");
        namen.put(5L, "benchmark-client");
        namen.put(6L, "http-nio-127.0.0.1-8081-exec-3");
        namen.put(7L, "duo-service/verblijfsdoelen-C-1");
        // thread 4 started during the run; thread 5, a client of the warm-up's last wave, ended during it with 9 ms
        // of which 3 ms before the start
        CpuMeting.Draden begin = new CpuMeting.Draden(Map.of(1L, 10_000_000L, 2L, 5_000_000L, 3L, 1_000_000L,
                5L, 3_000_000L, 6L, 0L, 7L, 0L), namen);
        CpuMeting.Draden eind = new CpuMeting.Draden(Map.of(1L, 30_000_000L, 2L, 15_000_000L, 3L, 2_000_000L,
                4L, 4_000_000L, 6L, 500_000_000L, 7L, 300_000_000L), namen);
        long beeindigd = 9_000_000L + 40_000_000L; // thread 5, and the clients of the run's waves

        CpuMeting.EigenCpu eigen = CpuMeting.vanDeBenchmark(begin, eind, "main", beeindigd);

        // main 20, meter 10, HTTP workers 1 + 4, ended: 49 - 3
        assertThat(eigen.cpuMs()).isCloseTo(20 + 10 + 5 + 46, within(1e-9));
        assertThat(eigen.cpuMsPerDraad()).containsOnlyKeys("main", "benchmark-meter", "benchmark-http",
                "ended in between (clients, HTTP workers)");
        assertThat(eigen.cpuMsPerDraad().get("benchmark-http")).isCloseTo(5.0, within(1e-9));
    }
}
