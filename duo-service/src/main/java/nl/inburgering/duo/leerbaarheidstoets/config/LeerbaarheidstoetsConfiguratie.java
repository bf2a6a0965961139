package nl.inburgering.duo.leerbaarheidstoets.config;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import nl.inburgering.duo.leerbaarheidstoets.application.Toetsafnamesystemen;
import nl.inburgering.duo.leerbaarheidstoets.application.Toetsnormering;
import nl.inburgering.duo.leerbaarheidstoets.domain.Score;
import nl.inburgering.platform.config.KetenProperties;

@Configuration
@EnableConfigurationProperties(LeerbaarheidstoetsConfiguratie.LeerbaarheidstoetsProperties.class)
class LeerbaarheidstoetsConfiguratie {

    /** {@code keten.duo.leerbaarheidstoets.*} in duo-service.yml. */
    @ConfigurationProperties("keten.duo.leerbaarheidstoets")
    record LeerbaarheidstoetsProperties(String benodigdeScore, List<String> toetsafnameOins) {
    }

    @Bean
    Toetsafnamesystemen toetsafnamesystemen(LeerbaarheidstoetsProperties properties, KetenProperties keten) {
        return new Toetsafnamesystemen(keten.oin(), properties.toetsafnameOins());
    }

    @Bean
    Toetsnormering toetsnormering(LeerbaarheidstoetsProperties properties) {
        if (!Score.isGeldig(properties.benodigdeScore())) {
            throw new IllegalStateException(
                    "keten.duo.leerbaarheidstoets.benodigde-score moet de vorm 55,00 hebben (tussen aanhalingstekens)");
        }
        return new Toetsnormering(new Score(properties.benodigdeScore()));
    }
}
