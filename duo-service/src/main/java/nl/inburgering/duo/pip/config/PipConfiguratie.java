package nl.inburgering.duo.pip.config;

import java.util.List;
import java.util.stream.Collectors;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import nl.inburgering.duo.pip.application.BekendeInstellingen;
import nl.inburgering.duo.pip.application.Instelling;
import nl.inburgering.duo.pip.application.Verlengingsgrond;
import nl.inburgering.duo.pip.application.Verlengingsgronden;
import nl.inburgering.duo.pip.domain.ErkendeInstellingen;
import nl.inburgering.duo.pip.domain.Instellingsnummer;

/** DUO's lists for the PIP, termijn and aanbod, kept in configuration so they change without a release. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PipConfiguratie.PipProperties.class)
class PipConfiguratie {

    /** {@code keten.duo.pip.*} in duo-service.yml. */
    @ConfigurationProperties("keten.duo.pip")
    record PipProperties(List<Instelling> erkendeInstellingen, List<Verlengingsgrond> verlengingsgronden) {

        PipProperties {
            erkendeInstellingen = erkendeInstellingen == null ? List.of() : List.copyOf(erkendeInstellingen);
            verlengingsgronden = verlengingsgronden == null ? List.of() : List.copyOf(verlengingsgronden);
        }
    }

    @Bean
    BekendeInstellingen bekendeInstellingen(PipProperties properties) {
        return new BekendeInstellingen(properties.erkendeInstellingen());
    }

    @Bean
    Verlengingsgronden verlengingsgronden(PipProperties properties) {
        return new Verlengingsgronden(properties.verlengingsgronden());
    }

    @Bean
    ErkendeInstellingen erkendeInstellingen(PipProperties properties) {
        return new ErkendeInstellingen(
                properties.erkendeInstellingen().stream().filter(Instelling::bowKeurmerk)
                        .map(i -> Instellingsnummer.normaliseer(i.instellingsnummer())).collect(Collectors.toSet()),
                properties.erkendeInstellingen().stream().filter(Instelling::tstKeurmerk)
                        .map(i -> Instellingsnummer.normaliseer(i.instellingsnummer())).collect(Collectors.toSet()));
    }
}
