package nl.inburgering.duo.vrijstelling.config;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import nl.inburgering.duo.vrijstelling.application.Raadplegers;
import nl.inburgering.platform.config.KetenProperties;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(VrijstellingConfiguratie.VrijstellingProperties.class)
class VrijstellingConfiguratie {

    /** {@code keten.duo.vrijstelling.*} in duo-service.yml. */
    @ConfigurationProperties("keten.duo.vrijstelling")
    record VrijstellingProperties(List<String> raadplegerOins) {
    }

    @Bean
    Raadplegers vrijstellingRaadplegers(VrijstellingProperties properties, KetenProperties keten) {
        return new Raadplegers(keten.oin(), properties.raadplegerOins());
    }
}
