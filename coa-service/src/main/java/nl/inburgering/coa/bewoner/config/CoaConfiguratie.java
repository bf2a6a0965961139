package nl.inburgering.coa.bewoner.config;

import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

import nl.inburgering.coa.bewoner.domain.AfspraakPolicy;

@Configuration
@EnableScheduling
@EnableConfigurationProperties(CoaConfiguratie.CoaProperties.class)
class CoaConfiguratie {

    /**
     * {@code keten.coa.*} in coa-service.yml.
     *
     * @param afspraaktermijn the time after the koppeling within which gemeente and COA agree a variant (seed §3.3:
     *                        2 weeks)
     */
    @ConfigurationProperties("keten.coa")
    record CoaProperties(@DefaultValue("P14D") Period afspraaktermijn) {
    }

    @Bean
    AfspraakPolicy afspraakPolicy(CoaProperties properties) {
        return new AfspraakPolicy(properties.afspraaktermijn());
    }
}
