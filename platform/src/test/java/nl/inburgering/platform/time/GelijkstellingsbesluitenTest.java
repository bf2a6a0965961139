package nl.inburgering.platform.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.io.ClassPathResource;

/** The days of the besluiten under art. 3 lid 3 Atw as configuration, and a visible warning for a year without one. */
@ExtendWith(OutputCaptureExtension.class)
class GelijkstellingsbesluitenTest {

    private static final ZoneId NL = ZoneId.of("Europe/Amsterdam");

    private final ApplicationContextRunner dienst = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(KalenderAutoConfiguration.class));

    @Test
    void de_meegeleverde_besluiten_maken_de_vrijdag_na_hemelvaart_2026_tot_een_dag_die_geen_werkdag_is() {
        dienst.withInitializer(context -> context.getEnvironment().getPropertySources().addLast(platformDefaults()))
                .withBean(Clock.class, () -> Clock.fixed(LocalDate.of(2026, 12, 6).atStartOfDay(NL).toInstant(), NL))
                .run(context -> {
                    WerkdagenKalender kalender = context.getBean(WerkdagenKalender.class);
                    assertThat(kalender.isWerkdag(LocalDate.of(2026, 5, 15))).isFalse();
                    assertThat(kalender.isWerkdag(LocalDate.of(2027, 5, 7))).isFalse();
                    assertThat(kalender.isWerkdag(LocalDate.of(2026, 1, 2))).isFalse();
                    // 10 werkdagen from the Wednesday before Hemelvaart 2026: Thursday, Friday and Tweede Pinksterdag do not count
                    assertThat(kalender.plusWerkdagen(LocalDate.of(2026, 5, 13), 10)).isEqualTo(LocalDate.of(2026, 6, 1));
                    assertThat(WerkdagenKalender.standaard().plusWerkdagen(LocalDate.of(2026, 5, 13), 10))
                            .as("zonder het besluit een werkdag te vroeg").isEqualTo(LocalDate.of(2026, 5, 29));
                });
    }

    @Test
    void bij_het_starten_waarschuwt_de_dienst_voor_elk_jaar_van_nu_tot_over_vier_jaar_zonder_bekend_besluit(
            CapturedOutput uitvoer) {
        dienst.withInitializer(context -> context.getEnvironment().getPropertySources().addLast(platformDefaults()))
                .withBean(Clock.class, () -> Clock.fixed(LocalDate.of(2026, 12, 6).atStartOfDay(NL).toInstant(), NL))
                .run(context -> assertThat(context).hasSingleBean(WerkdagenKalender.class));

        assertThat(uitvoer.getOut()).contains("WARN")
                .contains("Geen besluit gelijkstelling van dagen (art. 3 lid 3 Algemene termijnenwet) bekend voor 2029")
                .contains("bekend voor 2030")
                .doesNotContain("bekend voor 2026").doesNotContain("bekend voor 2027").doesNotContain("bekend voor 2028");
    }

    @Test
    void een_dienst_zonder_besluiten_waarschuwt_voor_elk_jaar_van_het_venster() {
        Gelijkstellingsbesluiten geen = new Gelijkstellingsbesluiten(null, null);

        assertThat(KalenderAutoConfiguration.waarschuwVoorJarenZonderBesluit(geen, LocalDate.of(2026, 12, 6)))
                .containsExactly(2026, 2027, 2028, 2029, 2030);
    }

    @Test
    void een_besluit_met_een_dag_buiten_zijn_jaren_wordt_geweigerd() {
        dienst.withPropertyValues("keten.kalender.besluiten[0].citaat=Besluit X",
                "keten.kalender.besluiten[0].jaren=2026", "keten.kalender.besluiten[0].dagen=2027-05-07")
                .withBean(Clock.class, Clock::systemDefaultZone)
                .run(context -> assertThat(context).hasFailed());
    }

    private static org.springframework.core.env.PropertySource<?> platformDefaults() {
        try {
            return new YamlPropertySourceLoader().load("platform-defaults", new ClassPathResource("platform-defaults.yml"))
                    .get(0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
