package nl.inburgering.duo.voldaan.config;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import nl.inburgering.duo.voldaan.application.Raadplegers;
import nl.inburgering.platform.config.KetenProperties;

@Configuration
@EnableConfigurationProperties(VoldaanConfiguratie.VoldaanProperties.class)
class VoldaanConfiguratie {

    /** {@code keten.duo.voldaan.*} in duo-service.yml. */
    @ConfigurationProperties("keten.duo.voldaan")
    record VoldaanProperties(List<String> raadplegerOins) {
    }

    @Bean
    Raadplegers raadplegers(VoldaanProperties properties, KetenProperties keten) {
        return new Raadplegers(keten.oin(), properties.raadplegerOins());
    }
}
