package nl.inburgering.gemeente.intake.config;

import java.math.BigDecimal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import nl.inburgering.gemeente.intake.domain.BredeIntakeHandhavingPolicy;

@Configuration
@EnableConfigurationProperties(IntakeConfiguratie.HandhavingProperties.class)
class IntakeConfiguratie {

    /**
     * {@code keten.gemeente.intake.handhaving.*} in gemeente-service.yml: lower regulation sets the amounts (seed
     * §9.2), so they are configuration; a boete above the maximum stops the service at start.
     */
    @ConfigurationProperties("keten.gemeente.intake.handhaving")
    record HandhavingProperties(BigDecimal boete, BigDecimal maximumBoete) {
    }

    @Bean
    BredeIntakeHandhavingPolicy.Regels handhavingsregels(HandhavingProperties properties) {
        return new BredeIntakeHandhavingPolicy.Regels(properties.boete(), properties.maximumBoete());
    }
}
