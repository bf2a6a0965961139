package nl.inburgering.duo.examen.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.inburgering.duo.examen.domain.GratisPogingenPolicy.Poging;

class GratisPogingenPolicyTest {

    @Test
    void zonder_uitslagen_heeft_elk_onderdeel_alle_gratis_pogingen() {
        assertThat(GratisPogingenPolicy.tegoed(3, List.of())).containsOnlyKeys(Onderdeel.values())
                .allSatisfy((onderdeel, tegoed) -> assertThat(tegoed).isEqualTo(3));
    }

    @Test
    void geslaagd_gezakt_verwijtbaar_en_absent_kosten_een_poging_niet_verwijtbaar_en_afgemeld_niet() {
        assertThat(GratisPogingenPolicy.tegoed(5, List.of(
                new Poging(Onderdeel.LE, Uitslag.GEZAKT, null),
                new Poging(Onderdeel.LE, Uitslag.GESLAAGD, null),
                new Poging(Onderdeel.LU, Uitslag.GEEN, RedenGeenResultaat.VERWIJTBAAR),
                new Poging(Onderdeel.LU, Uitslag.GEEN, RedenGeenResultaat.ABSENT),
                new Poging(Onderdeel.SP, Uitslag.GEEN, RedenGeenResultaat.NIET_VERWIJTBAAR),
                new Poging(Onderdeel.SP, Uitslag.GEEN, RedenGeenResultaat.AFGEMELD))))
                .containsEntry(Onderdeel.LE, 3).containsEntry(Onderdeel.LU, 3).containsEntry(Onderdeel.SP, 5)
                .containsEntry(Onderdeel.KNM, 5).containsEntry(Onderdeel.SC, 5);
    }

    @Test
    void het_tegoed_wordt_nooit_negatief() {
        assertThat(GratisPogingenPolicy.tegoed(2,
                Collections.nCopies(4, new Poging(Onderdeel.KNM, Uitslag.GEZAKT, null)))).containsEntry(Onderdeel.KNM, 0);
    }
}
