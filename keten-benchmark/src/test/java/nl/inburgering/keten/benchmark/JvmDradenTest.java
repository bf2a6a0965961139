package nl.inburgering.keten.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The JVM's own threads, told apart by their names in /proc and counted from their stat lines. */
class JvmDradenTest {

    @Test
    void de_compilers_de_collector_en_de_vm_thread_worden_herkend_andere_draden_niet() {
        assertThat(JvmDraden.soortVan("C2 CompilerThre")).isEqualTo(JvmDraden.JIT);
        assertThat(JvmDraden.soortVan("C1 CompilerThre")).isEqualTo(JvmDraden.JIT);
        assertThat(JvmDraden.soortVan("GC Thread#1")).isEqualTo(JvmDraden.GC);
        assertThat(JvmDraden.soortVan("G1 Conc#0")).isEqualTo(JvmDraden.GC);
        assertThat(JvmDraden.soortVan("VM Thread")).isEqualTo(JvmDraden.VM);
        assertThat(JvmDraden.soortVan("outbox-relay")).isNull();
        assertThat(JvmDraden.soortVan("http-nio-127.0.")).isNull();
    }

    @Test
    void de_cpu_van_een_draad_is_zijn_user_en_system_ticks_ook_met_haakjes_en_spaties_in_zijn_naam() {
        String stat = "4242 (C2 CompilerThre) S 1 1 1 0 -1 4194368 10 0 0 0 1234 56 0 0 20 0 40 0 100 0 0";
        assertThat(JvmDraden.ticks(stat)).isEqualTo(1290);
        assertThat(JvmDraden.ticks("7 (a (b) c) R 1 1 1 0 -1 0 0 0 0 0 5 6 0 0")).isEqualTo(11);
    }
}
