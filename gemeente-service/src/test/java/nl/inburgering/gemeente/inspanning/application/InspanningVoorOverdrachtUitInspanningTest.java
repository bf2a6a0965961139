package nl.inburgering.gemeente.inspanning.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import nl.inburgering.gemeente.inspanning.api.InspanningVoorOverdracht.Boete;
import nl.inburgering.gemeente.inspanning.api.InspanningVoorOverdracht.Stand;
import nl.inburgering.gemeente.inspanning.domain.Inspanningsstand;
import nl.inburgering.gemeente.inspanning.domain.Maatregel;
import nl.inburgering.gemeente.inspanning.persistence.InspanningEntity;
import nl.inburgering.gemeente.inspanning.persistence.InspanningRepository;
import nl.inburgering.gemeente.inspanning.persistence.VerzuimMaatregelEntity;
import nl.inburgering.gemeente.inspanning.persistence.VerzuimMaatregelRepository;
import nl.inburgering.platform.bsn.Bsn;

/** What the old gemeente hands over of the inspanning (#19): the latest stand per instelling and each boete on verzuim. */
class InspanningVoorOverdrachtUitInspanningTest {

    private static final Bsn BSN = Bsn.of("999990019");
    private static final String ROTTERDAM = "0599";
    private static final Instant NU = Instant.parse("2026-12-01T10:00:00Z");

    private final InspanningRepository inspanningen = mock(InspanningRepository.class);
    private final VerzuimMaatregelRepository maatregelen = mock(VerzuimMaatregelRepository.class);
    private final InspanningVoorOverdrachtUitInspanning overdracht = new InspanningVoorOverdrachtUitInspanning(
            inspanningen, maatregelen);

    private static InspanningEntity stand(String instelling, LocalDate peildatum, int aanwezig) {
        return new InspanningEntity(BSN.value(), ROTTERDAM, new Inspanningsstand(instelling, "B1_ROUTE", peildatum,
                LocalDate.of(2026, 9, 1), 100, aanwezig, 100 - aanwezig, false, null, "TUSSENTIJDS"), NU, null);
    }

    private static VerzuimMaatregelEntity maatregel(Maatregel maatregel, LocalDate datum, String bedrag) {
        return new VerzuimMaatregelEntity(BSN.value(), ROTTERDAM, "12345", maatregel, 6, datum,
                bedrag == null ? null : new BigDecimal(bedrag), UUID.randomUUID(), "Zes uur ongeoorloofd verzuim", NU);
    }

    @Test
    void per_instelling_gaat_de_stand_met_de_nieuwste_peildatum_mee_ook_als_een_oudere_later_binnenkwam() {
        when(inspanningen.findByBsnAndGemeentecodeOrderByVolgnummerAsc(BSN.value(), ROTTERDAM)).thenReturn(List.of(
                stand("12345", LocalDate.of(2026, 10, 31), 70),
                stand("67890", LocalDate.of(2026, 10, 31), 90),
                stand("12345", LocalDate.of(2026, 11, 30), 80),
                stand("12345", LocalDate.of(2026, 11, 15), 75)));

        List<Stand> standen = overdracht.actueleStanden(BSN, ROTTERDAM);

        assertThat(standen).extracting(Stand::instellingsnummer).containsExactly("12345", "67890");
        assertThat(standen.get(0).peildatum()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(standen.get(0).urenAanwezig()).isEqualTo(80);
        assertThat(standen.get(0).urenOngeoorloofdVerzuim()).isEqualTo(20);
        assertThat(standen.get(0).actualisatiemoment()).isEqualTo("TUSSENTIJDS");
        assertThat(standen.get(1).urenAanwezig()).isEqualTo(90);
    }

    @Test
    void elke_boete_op_verzuim_gaat_mee_met_datum_bedrag_reden_en_instelling_een_waarschuwing_niet() {
        when(maatregelen.findByBsnAndGemeentecodeOrderByVolgnummerAsc(BSN.value(), ROTTERDAM)).thenReturn(List.of(
                maatregel(Maatregel.WAARSCHUWING, LocalDate.of(2026, 11, 2), null),
                maatregel(Maatregel.BOETE, LocalDate.of(2026, 11, 20), "350.00")));

        assertThat(overdracht.boetesOpVerzuim(BSN, ROTTERDAM)).containsExactly(new Boete(LocalDate.of(2026, 11, 20),
                new BigDecimal("350.00"), "Zes uur ongeoorloofd verzuim", "12345"));
    }

    @Test
    void zonder_inspanning_en_zonder_boete_gaat_er_niets_mee() {
        when(inspanningen.findByBsnAndGemeentecodeOrderByVolgnummerAsc(BSN.value(), ROTTERDAM)).thenReturn(List.of());
        when(maatregelen.findByBsnAndGemeentecodeOrderByVolgnummerAsc(BSN.value(), ROTTERDAM)).thenReturn(List.of());

        assertThat(overdracht.actueleStanden(BSN, ROTTERDAM)).isEmpty();
        assertThat(overdracht.boetesOpVerzuim(BSN, ROTTERDAM)).isEmpty();
    }
}
