package nl.inburgering.gemeente.brp.config;

import java.time.Clock;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.micrometer.core.instrument.MeterRegistry;

import nl.inburgering.gemeente.brp.application.VerhuizingenAlarm;

@Configuration
@EnableConfigurationProperties(BrpConfiguratie.VerhuizingenAlarmProperties.class)
class BrpConfiguratie {

    /**
     * {@code keten.gemeente.brp.verhuizingen-alarm.*}: from {@code aantal} verhuizingen registered by one gemeente
     * within {@code venster} the service logs an ALARM (issue 11, item 11).
     */
    @ConfigurationProperties("keten.gemeente.brp.verhuizingen-alarm")
    record VerhuizingenAlarmProperties(@DefaultValue("100") int aantal, @DefaultValue("PT1H") Duration venster) {
    }

    @Bean
    VerhuizingenAlarm verhuizingenAlarm(VerhuizingenAlarmProperties properties, MeterRegistry metrieken,
            Clock clock) {
        return new VerhuizingenAlarm(properties.aantal(), properties.venster(), metrieken, clock);
    }
}
