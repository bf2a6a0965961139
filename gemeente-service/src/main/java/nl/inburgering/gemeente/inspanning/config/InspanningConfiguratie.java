package nl.inburgering.gemeente.inspanning.config;

import java.math.BigDecimal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import nl.inburgering.gemeente.inspanning.domain.VerzuimHandhavingPolicy;

@Configuration
@EnableConfigurationProperties(InspanningConfiguratie.HandhavingProperties.class)
class InspanningConfiguratie {

    /**
     * {@code keten.gemeente.inspanning.handhaving.*} in gemeente-service.yml: lower regulation sets the amounts (seed
     * §9.2); the maximum is the one legal maximum of a gemeente's boete, taken from the brede intake's setting. A boete
     * above the maximum stops the service at start.
     */
    @ConfigurationProperties("keten.gemeente.inspanning.handhaving")
    record HandhavingProperties(BigDecimal boete, BigDecimal maximumBoete) {
    }

    @Bean
    VerzuimHandhavingPolicy.Regels verzuimHandhavingsregels(HandhavingProperties properties) {
        return new VerzuimHandhavingPolicy.Regels(properties.boete(), properties.maximumBoete());
    }
}
