package nl.inburgering.gemeente.inspanning.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.inburgering.gemeente.inspanning.domain.VerzuimHandhavingPolicy.Regel;
import nl.inburgering.gemeente.inspanning.domain.VerzuimHandhavingPolicy.Regels;
import nl.inburgering.gemeente.inspanning.domain.VerzuimHandhavingPolicy.Signaal;
import nl.inburgering.gemeente.inspanning.domain.VerzuimHandhavingPolicy.Verzuimstand;

class VerzuimHandhavingPolicyTest {

    private static final Regels REGELS = new Regels(new BigDecimal("250.00"), new BigDecimal("800.00"));

    private static Verzuimstand gewaarschuwd(int verzuim, int gewaarschuwdTotEnMet, boolean beboet) {
        return new Verzuimstand(verzuim, gewaarschuwdTotEnMet, true, !beboet);
    }

    @Test
    void zonder_ongeoorloofd_verzuim_is_er_geen_waarschuwing_en_geen_signaal() {
        Verzuimstand geenVerzuim = Verzuimstand.zonderMaatregel(0);

        assertThat(VerzuimHandhavingPolicy.waarschuwing(geenVerzuim)).contains(Regel.GEEN_WAARSCHUWING_ZONDER_VERZUIM);
        assertThat(VerzuimHandhavingPolicy.signaal(List.of(geenVerzuim))).isEmpty();
    }

    @Test
    void ongeoorloofd_verzuim_zonder_waarschuwing_is_een_signaal_en_staat_een_waarschuwing_toe() {
        Verzuimstand verzuim = Verzuimstand.zonderMaatregel(6);

        assertThat(VerzuimHandhavingPolicy.signaal(List.of(verzuim))).contains(Signaal.ONGEOORLOOFD_VERZUIM);
        assertThat(VerzuimHandhavingPolicy.waarschuwing(verzuim)).isEmpty();
    }

    @Test
    void geen_boete_zonder_eerdere_waarschuwing_voor_hetzelfde_verzuim() {
        assertThat(VerzuimHandhavingPolicy.boete(Verzuimstand.zonderMaatregel(6)))
                .contains(Regel.GEEN_BOETE_ZONDER_EERDERE_WAARSCHUWING);
    }

    @Test
    void na_een_waarschuwing_kan_een_boete_en_het_signaal_zegt_gewaarschuwd() {
        Verzuimstand stand = gewaarschuwd(6, 6, false);

        assertThat(VerzuimHandhavingPolicy.boete(stand)).isEmpty();
        assertThat(VerzuimHandhavingPolicy.signaal(List.of(stand))).contains(Signaal.GEWAARSCHUWD);
    }

    @Test
    void geen_tweede_waarschuwing_voor_hetzelfde_verzuim() {
        assertThat(VerzuimHandhavingPolicy.waarschuwing(gewaarschuwd(6, 6, false)))
                .contains(Regel.GEEN_TWEEDE_WAARSCHUWING_VOOR_HETZELFDE_VERZUIM);
    }

    @Test
    void een_boete_per_waarschuwing_en_nieuw_verzuim_vraagt_eerst_een_nieuwe_waarschuwing() {
        Verzuimstand beboet = gewaarschuwd(6, 6, true);
        assertThat(VerzuimHandhavingPolicy.boete(beboet)).contains(Regel.EEN_BOETE_PER_WAARSCHUWING);
        assertThat(VerzuimHandhavingPolicy.signaal(List.of(beboet))).isEmpty();

        Verzuimstand nieuwVerzuim = gewaarschuwd(10, 6, true);
        assertThat(VerzuimHandhavingPolicy.signaal(List.of(nieuwVerzuim))).contains(Signaal.ONGEOORLOOFD_VERZUIM);
        assertThat(VerzuimHandhavingPolicy.boete(nieuwVerzuim)).contains(Regel.EEN_BOETE_PER_WAARSCHUWING);
        assertThat(VerzuimHandhavingPolicy.waarschuwing(nieuwVerzuim)).isEmpty();
    }

    @Test
    void een_boete_is_zonder_bedrag_het_gebruikelijke_en_nooit_boven_het_maximum() {
        assertThat(VerzuimHandhavingPolicy.bedrag(null, REGELS).bedrag()).isEqualByComparingTo("250.00");
        assertThat(VerzuimHandhavingPolicy.bedrag(new BigDecimal("800.00"), REGELS).bedrag())
                .isEqualByComparingTo("800.00");
        assertThat(VerzuimHandhavingPolicy.bedrag(new BigDecimal("800.01"), REGELS).overtreding().code())
                .isEqualTo(Regel.BOETE_BINNEN_HET_MAXIMUM.name());
        assertThat(VerzuimHandhavingPolicy.bedrag(BigDecimal.ZERO, REGELS).overtreding()).isNotNull();
        assertThat(VerzuimHandhavingPolicy.bedrag(new BigDecimal("10.001"), REGELS).overtreding()).isNotNull();
    }

    @Test
    void een_gebruikelijke_boete_boven_het_maximum_is_geen_geldige_instelling() {
        assertThatThrownBy(() -> new Regels(new BigDecimal("900.00"), new BigDecimal("800.00")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
