package nl.inburgering.duo.instelling.config;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import nl.inburgering.duo.instelling.application.Instellingsregister;

@Configuration
@EnableConfigurationProperties(InstellingConfiguratie.InstellingenProperties.class)
class InstellingConfiguratie {

    /** {@code keten.duo.instellingen} in duo-service.yml: the instellingen DUO recognises. */
    @ConfigurationProperties("keten.duo")
    record InstellingenProperties(List<Instelling> instellingen) {

        record Instelling(String instellingsnummer, String naam) {
        }
    }

    @Bean
    Instellingsregister instellingsregister(InstellingenProperties properties) {
        Map<String, String> namen = new LinkedHashMap<>();
        for (InstellingenProperties.Instelling instelling : properties.instellingen() == null
                ? List.<InstellingenProperties.Instelling>of() : properties.instellingen()) {
            if (instelling.instellingsnummer() == null || !instelling.instellingsnummer().matches("\\d{1,10}")) {
                throw new IllegalStateException("keten.duo.instellingen: een instellingsnummer is 1 tot 10 cijfers");
            }
            namen.put(instelling.instellingsnummer(), instelling.naam());
        }
        return new Instellingsregister(namen);
    }
}
