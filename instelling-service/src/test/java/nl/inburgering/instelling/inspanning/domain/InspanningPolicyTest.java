package nl.inburgering.instelling.inspanning.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import nl.inburgering.instelling.cursist.api.Contractpartij;
import nl.inburgering.instelling.cursist.api.Cursist;
import nl.inburgering.instelling.cursist.api.Leerroute;
import nl.inburgering.instelling.inspanning.domain.InspanningPolicy.Beoordeling;
import nl.inburgering.instelling.inspanning.domain.InspanningPolicy.InspanningInvoer;
import nl.inburgering.platform.bsn.Bsn;

class InspanningPolicyTest {

    private static final LocalDate VANDAAG = LocalDate.of(2026, 12, 6);
    private static final LocalDate START = LocalDate.of(2026, 9, 1);

    private static Cursist cursist(boolean taalschakeltraject, LocalDate uitgeschreven) {
        return new Cursist(UUID.randomUUID(), "12345", Bsn.of("999990019"),
                taalschakeltraject ? Leerroute.ONDERWIJSROUTE : Leerroute.B1_ROUTE, null, taalschakeltraject,
                Contractpartij.INBURGERAAR, null, START.minusDays(7), START, null, uitgeschreven,
                uitgeschreven == null ? null : false);
    }

    private static InspanningInvoer stand(LocalDate peildatum, Integer aangeboden, Integer aanwezig, Integer verzuim) {
        return new InspanningInvoer(peildatum, aangeboden, aanwezig, verzuim, false, null, null);
    }

    private static List<String> velden(Beoordeling beoordeling) {
        return beoordeling.problemen().stream().map(Probleem::veld).toList();
    }

    @Test
    void een_stand_telt_vanaf_de_start_van_het_onderwijs_tot_en_met_de_peildatum() {
        Beoordeling beoordeling = InspanningPolicy.beoordeel(cursist(false, null), stand(VANDAAG, 120, 100, 12),
                VANDAAG);

        Inspanningsstand stand = beoordeling.stand().orElseThrow();
        assertThat(stand.startdatumOnderwijs()).isEqualTo(START);
        assertThat(stand.peildatum()).isEqualTo(VANDAAG);
        assertThat(stand.urenOngeoorloofdVerzuim()).isEqualTo(12);
        assertThat(stand.actualisatiemoment()).isEqualTo(Actualisatiemoment.TUSSENTIJDS);
    }

    @Test
    void aanwezigheid_en_verzuim_passen_in_de_aangeboden_lessen() {
        assertThat(velden(InspanningPolicy.beoordeel(cursist(false, null), stand(VANDAAG, 100, 101, 0), VANDAAG)))
                .containsExactly("urenAanwezig");
        assertThat(velden(InspanningPolicy.beoordeel(cursist(false, null), stand(VANDAAG, 100, 90, 11), VANDAAG)))
                .containsExactly("urenOngeoorloofdVerzuim");
        assertThat(velden(InspanningPolicy.beoordeel(cursist(false, null), stand(START, 25, 0, 0), VANDAAG)))
                .containsExactly("urenAangeboden");
    }

    @Test
    void de_peildatum_ligt_tussen_de_start_en_vandaag_en_niet_na_de_uitschrijving() {
        assertThat(InspanningPolicy.beoordeel(cursist(false, null), stand(VANDAAG.plusDays(1), 1, 1, 0), VANDAAG)
                .problemen()).extracting(Probleem::code).containsExactly("future");
        assertThat(InspanningPolicy.beoordeel(cursist(false, null), stand(START.minusDays(1), 1, 1, 0), VANDAAG)
                .problemen()).extracting(Probleem::code).containsExactly("order");
        assertThat(InspanningPolicy.beoordeel(cursist(false, LocalDate.of(2026, 11, 1)),
                stand(LocalDate.of(2026, 11, 2), 1, 1, 0), VANDAAG).problemen()).extracting(Probleem::code)
                .containsExactly("order");
    }

    @Test
    void een_stand_vol_fouten_noemt_elk_probleem() {
        Beoordeling beoordeling = InspanningPolicy.beoordeel(cursist(false, null),
                new InspanningInvoer(null, -1, null, -3, true, null, "ZOMAAR"), VANDAAG);

        assertThat(velden(beoordeling)).containsExactlyInAnyOrder("peildatum", "urenAangeboden", "urenAanwezig",
                "urenOngeoorloofdVerzuim", "taalschakeltrajectAfgerond", "actualisatiemoment");
    }

    @Test
    void alleen_een_taalschakeltraject_wordt_afgerond_met_een_datum_tot_de_peildatum() {
        Cursist schakel = cursist(true, null);
        assertThat(InspanningPolicy.beoordeel(schakel, new InspanningInvoer(VANDAAG, 200, 190, 0, true,
                VANDAAG.minusDays(2), "TAALSCHAKELTRAJECT_AFGEROND"), VANDAAG).stand().orElseThrow()
                .taalschakeltrajectAfgerond()).isTrue();
        assertThat(velden(InspanningPolicy.beoordeel(schakel, new InspanningInvoer(VANDAAG, 200, 190, 0, true, null,
                null), VANDAAG))).containsExactly("datumAfrondingTaalschakeltraject");
        assertThat(velden(InspanningPolicy.beoordeel(schakel, new InspanningInvoer(VANDAAG.minusDays(5), 200, 190, 0,
                true, VANDAAG, null), VANDAAG))).containsExactly("datumAfrondingTaalschakeltraject");
    }

    @Test
    void een_oudere_peildatum_dan_de_laatst_gemelde_zou_de_ontvanger_terugzetten() {
        assertThat(InspanningPolicy.isOuderDanLaatsteStand(VANDAAG.minusDays(1), Optional.of(VANDAAG))).isTrue();
        assertThat(InspanningPolicy.isOuderDanLaatsteStand(VANDAAG, Optional.of(VANDAAG))).isFalse();
        assertThat(InspanningPolicy.isOuderDanLaatsteStand(VANDAAG, Optional.empty())).isFalse();
    }
}
