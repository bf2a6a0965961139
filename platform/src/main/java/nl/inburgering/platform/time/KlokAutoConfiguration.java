package nl.inburgering.platform.time;

import java.time.Clock;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;

/**
 * The {@link KlokController}, only where the clock may be moved ({@code keten.klok.verschuifbaar=true}: keten-local
 * and tests) and the service's {@link Clock} is a {@link VerschuifbareKlok}.
 */
@AutoConfiguration(afterName = "nl.inburgering.platform.PlatformAutoConfiguration")
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnProperty(name = "keten.klok.verschuifbaar", havingValue = "true")
public class KlokAutoConfiguration {

    @Bean
    KlokController klokController(Clock clock) {
        if (!(clock instanceof VerschuifbareKlok klok)) {
            throw new IllegalStateException("keten.klok.verschuifbaar=true, maar de Clock van deze dienst is geen "
                    + "VerschuifbareKlok: " + clock);
        }
        return new KlokController(klok);
    }
}
