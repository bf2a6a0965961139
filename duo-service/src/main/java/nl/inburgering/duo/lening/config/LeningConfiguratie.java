package nl.inburgering.duo.lening.config;

import java.math.BigDecimal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import nl.inburgering.duo.lening.application.Leningvoorwaarden;
import nl.inburgering.duo.lening.domain.Terugbetalingsvoorwaarden;

/** The maximum of a lening and the terugbetaling, with their sources in duo-service.yml ({@code keten.duo.lening}). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LeningConfiguratie.LeningProperties.class)
class LeningConfiguratie {

    @ConfigurationProperties("keten.duo.lening")
    record LeningProperties(BigDecimal maximum, Integer looptijdMaanden, Integer incassoNaMaanden,
            BigDecimal drempelinkomen, BigDecimal draagkrachtpercentage) {
    }

    @Bean
    Leningvoorwaarden leningvoorwaarden(LeningProperties p) {
        if (p.maximum() == null || p.looptijdMaanden() == null || p.incassoNaMaanden() == null
                || p.drempelinkomen() == null || p.draagkrachtpercentage() == null) {
            throw new IllegalStateException("keten.duo.lening: maximum, looptijd-maanden, incasso-na-maanden, "
                    + "drempelinkomen en draagkrachtpercentage zijn verplicht");
        }
        return new Leningvoorwaarden(p.maximum(), new Terugbetalingsvoorwaarden(p.looptijdMaanden(),
                p.incassoNaMaanden(), p.drempelinkomen(), p.draagkrachtpercentage()));
    }
}
