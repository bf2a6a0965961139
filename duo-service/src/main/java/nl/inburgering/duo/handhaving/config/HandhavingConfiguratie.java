package nl.inburgering.duo.handhaving.config;

import java.math.BigDecimal;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import nl.inburgering.duo.handhaving.application.Verlengingsregels;
import nl.inburgering.duo.handhaving.domain.Boeteonderdeel;
import nl.inburgering.duo.handhaving.domain.Handhavingsregels;
import nl.inburgering.duo.handhaving.domain.Verwijtbaarheidsoordeel.Verlengingsgrond;

/** The figures of handhaving op resultaat and verlenging, with their sources in duo-service.yml. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(HandhavingConfiguratie.HandhavingProperties.class)
class HandhavingConfiguratie {

    /** {@code keten.duo.handhaving.*} in duo-service.yml. */
    @ConfigurationProperties("keten.duo.handhaving")
    record HandhavingProperties(Boete boete, Period nieuweTermijn, Period verlengingNietVerwijtbaar,
            Period beperkteVerlenging, Integer aanwezigheidsdrempelProcent, Integer maxOpenVoorBeperkteVerlenging,
            Gronden verlengingsgronden, List<String> ambtshalveAltijd, Period vanafVoorEinde) {
    }

    record Boete(BigDecimal leerroute, BigDecimal pvt, BigDecimal map) {
    }

    record Gronden(String gemeenteTeLaat, String aanzienlijkeInspanning, String nietVerwijtbaar) {
    }

    @Bean
    Handhavingsregels handhavingsregels(HandhavingProperties p) {
        Objects.requireNonNull(p.boete(), "keten.duo.handhaving.boete ontbreekt");
        return new Handhavingsregels(verplicht(p.aanwezigheidsdrempelProcent(), "aanwezigheidsdrempel-procent"),
                verplicht(p.maxOpenVoorBeperkteVerlenging(), "max-open-voor-beperkte-verlenging"),
                Map.of(Boeteonderdeel.LEERROUTE, verplicht(p.boete().leerroute(), "boete.leerroute"),
                        Boeteonderdeel.PVT, verplicht(p.boete().pvt(), "boete.pvt"),
                        Boeteonderdeel.MAP, verplicht(p.boete().map(), "boete.map")),
                verplicht(p.verlengingNietVerwijtbaar(), "verlenging-niet-verwijtbaar"),
                verplicht(p.beperkteVerlenging(), "beperkte-verlenging"),
                verplicht(p.nieuweTermijn(), "nieuwe-termijn"));
    }

    @Bean
    Verlengingsregels verlengingsregels(HandhavingProperties p) {
        Gronden g = Objects.requireNonNull(p.verlengingsgronden(), "keten.duo.handhaving.verlengingsgronden ontbreekt");
        return new Verlengingsregels(Map.of(Verlengingsgrond.GEMEENTE_TE_LAAT, verplicht(g.gemeenteTeLaat(),
                "verlengingsgronden.gemeente-te-laat"), Verlengingsgrond.AANZIENLIJKE_INSPANNING,
                verplicht(g.aanzienlijkeInspanning(), "verlengingsgronden.aanzienlijke-inspanning"),
                Verlengingsgrond.NIET_VERWIJTBAAR, verplicht(g.nietVerwijtbaar(), "verlengingsgronden.niet-verwijtbaar")),
                p.ambtshalveAltijd() == null ? List.of() : p.ambtshalveAltijd(),
                verplicht(p.vanafVoorEinde(), "vanaf-voor-einde"));
    }

    private static <T> T verplicht(T waarde, String naam) {
        if (waarde == null) {
            throw new IllegalStateException("keten.duo.handhaving." + naam + " ontbreekt");
        }
        return waarde;
    }
}
