package nl.inburgering.platform.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;

import nl.inburgering.platform.web.OngeldigeInvoerException;

class KlokControllerTest {

    private final WebApplicationContextRunner dienst = new WebApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(KlokAutoConfiguration.class));

    @Test
    void een_dienst_met_de_gewone_klok_heeft_geen_klokendpoint() {
        dienst.withBean(Clock.class, Clock::systemUTC)
                .run(context -> assertThat(context).doesNotHaveBean(KlokController.class));
    }

    @Test
    void een_dienst_met_een_verschuifbare_klok_heeft_het_klokendpoint() {
        dienst.withPropertyValues("keten.klok.verschuifbaar=true")
                .withBean(Clock.class, VerschuifbareKlok::nieuw)
                .run(context -> assertThat(context).hasSingleBean(KlokController.class));
    }

    @Test
    void het_klokendpoint_zet_de_klok_van_de_dienst_een_jaar_vooruit_en_weer_terug() {
        VerschuifbareKlok klok = VerschuifbareKlok.nieuw();
        KlokController endpoint = new KlokController(klok);

        KlokController.Klokstand stand = endpoint.zet(new KlokController.Klokstand(null, "P365D"));

        assertThat(stand.verschuiving()).isEqualTo("PT8760H");
        assertThat(klok.verschuiving()).isEqualTo(Duration.ofDays(365));
        assertThat(klok.instant()).isAfter(Instant.now().plus(Duration.ofDays(364)));

        endpoint.zet(new KlokController.Klokstand(null, "PT0S"));
        assertThat(endpoint.stand().verschuiving()).isEqualTo("PT0S");
    }

    @Test
    void dezelfde_verschuiving_twee_keer_zetten_verschuift_de_klok_maar_een_keer() {
        VerschuifbareKlok klok = VerschuifbareKlok.nieuw();
        KlokController endpoint = new KlokController(klok);

        endpoint.zet(new KlokController.Klokstand(null, "P2D"));
        endpoint.zet(new KlokController.Klokstand(null, "P2D"));

        assertThat(klok.verschuiving()).isEqualTo(Duration.ofDays(2));
    }

    @Test
    void een_verschuiving_die_ontbreekt_of_geen_duur_is_wordt_geweigerd() {
        KlokController endpoint = new KlokController(VerschuifbareKlok.nieuw());

        assertThatThrownBy(() -> endpoint.zet(new KlokController.Klokstand(null, null)))
                .isInstanceOf(OngeldigeInvoerException.class);
        assertThatThrownBy(() -> endpoint.zet(new KlokController.Klokstand(null, "een jaar")))
                .isInstanceOf(OngeldigeInvoerException.class);
    }
}
