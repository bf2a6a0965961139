package nl.inburgering.platform.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

class PseudoniemTest {

    private static final String SLEUTEL = "een-lokale-sleutel-van-minstens-32-tekens";

    @Test
    void het_pseudoniem_is_de_eerste_128_bits_van_de_hmac_sha256_van_het_bsn() {
        // openssl dgst -sha256 -hmac <SLEUTEL> of "999990019", its first 32 hex digits
        assertThat(new Pseudoniem(SLEUTEL).van("999990019")).isEqualTo("18d01d4a48abf9d97874f921e0d39c2e");
    }

    @Test
    void hetzelfde_bsn_geeft_steeds_hetzelfde_pseudoniem_en_een_andere_sleutel_een_ander() {
        Pseudoniem pseudoniem = new Pseudoniem(SLEUTEL);

        assertThat(pseudoniem.van("999990019")).isEqualTo(pseudoniem.van("999990019"))
                .isNotEqualTo(pseudoniem.van("999990020"))
                .isNotEqualTo(new Pseudoniem(SLEUTEL + "!").van("999990019"));
    }

    @Test
    void zonder_sleutel_is_er_geen_pseudoniem() {
        assertThatThrownBy(() -> new Pseudoniem(" ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void veel_draden_tegelijk_krijgen_dezelfde_pseudoniemen_als_een_draad() throws Exception {
        Pseudoniem pseudoniem = new Pseudoniem(SLEUTEL);
        List<String> bsns = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            bsns.add(String.valueOf(999_000_000 + i));
        }
        List<String> verwacht = bsns.stream().map(pseudoniem::van).toList();

        int draden = 8;
        ExecutorService pool = Executors.newFixedThreadPool(draden);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<String>>> uitkomsten = new ArrayList<>();
            for (int d = 0; d < draden; d++) {
                uitkomsten.add(pool.submit(() -> {
                    start.await();
                    return bsns.stream().map(pseudoniem::van).toList();
                }));
            }
            start.countDown();
            for (Future<List<String>> uitkomst : uitkomsten) {
                assertThat(uitkomst.get()).isEqualTo(verwacht);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
