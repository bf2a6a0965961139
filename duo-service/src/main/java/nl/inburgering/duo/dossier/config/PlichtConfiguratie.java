package nl.inburgering.duo.dossier.config;

import java.time.Period;
import java.util.Map;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

import nl.inburgering.duo.dossier.domain.InburgeringsplichtPolicy;
import nl.inburgering.duo.dossier.domain.PlichtRegels;

@Configuration
@EnableScheduling
@EnableConfigurationProperties(PlichtConfiguratie.PlichtProperties.class)
class PlichtConfiguratie {

    /** {@code keten.duo.plicht.*} in duo-service.yml. */
    @ConfigurationProperties("keten.duo.plicht")
    record PlichtProperties(int minimumLeeftijd, Map<Integer, Period> aowLeeftijd,
            Set<String> vrijgesteldeNationaliteiten) {
    }

    @Bean
    InburgeringsplichtPolicy inburgeringsplichtPolicy(PlichtProperties properties) {
        return new InburgeringsplichtPolicy(PlichtRegels.van(properties.minimumLeeftijd(), properties.aowLeeftijd(),
                properties.vrijgesteldeNationaliteiten()));
    }
}
