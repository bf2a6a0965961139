package nl.inburgering.duo.examen.config;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import nl.inburgering.duo.examen.application.Examensystemen;
import nl.inburgering.duo.examen.application.GratisPogingen;
import nl.inburgering.platform.config.KetenProperties;

@Configuration
@EnableConfigurationProperties(ExamenConfiguratie.ExamenProperties.class)
class ExamenConfiguratie {

    /** {@code keten.duo.examen.*} in duo-service.yml. */
    @ConfigurationProperties("keten.duo.examen")
    record ExamenProperties(Integer gratisPogingenPerOnderdeel, List<String> examensysteemOins) {
    }

    @Bean
    Examensystemen examensystemen(ExamenProperties properties, KetenProperties keten) {
        return new Examensystemen(keten.oin(), properties.examensysteemOins());
    }

    @Bean
    GratisPogingen gratisPogingen(ExamenProperties properties) {
        if (properties.gratisPogingenPerOnderdeel() == null) {
            throw new IllegalStateException("keten.duo.examen.gratis-pogingen-per-onderdeel ontbreekt");
        }
        return new GratisPogingen(properties.gratisPogingenPerOnderdeel());
    }
}
