package nl.inburgering.platform.time;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * The {@link WerkdagenKalender} of every service: the Algemene termijnenwet with the days of the configured
 * gelijkstellingsbesluiten (art. 3 lid 3, {@link Gelijkstellingsbesluiten}). At start-up it logs a WARN for each year
 * from now to four years ahead that no known besluit covers: deadlines in werkdagen next to such a day may come out a
 * day early until the besluit is configured.
 */
@AutoConfiguration(afterName = "nl.inburgering.platform.PlatformAutoConfiguration")
@EnableConfigurationProperties(Gelijkstellingsbesluiten.class)
public class KalenderAutoConfiguration {

    private static final Logger log = LoggerFactory.getLogger(KalenderAutoConfiguration.class);

    @Bean
    @ConditionalOnMissingBean
    WerkdagenKalender werkdagenKalender(Gelijkstellingsbesluiten besluiten, Clock clock) {
        waarschuwVoorJarenZonderBesluit(besluiten, LocalDate.now(clock));
        return new WerkdagenKalender(besluiten.alleDagen());
    }

    /** One WARN per year without a known besluit in the window now .. now + 4 years; returns those years. */
    static List<Integer> waarschuwVoorJarenZonderBesluit(Gelijkstellingsbesluiten besluiten, LocalDate vandaag) {
        List<Integer> zonder = besluiten.jarenZonderBesluit(vandaag);
        for (int jaar : zonder) {
            log.warn("Geen besluit gelijkstelling van dagen (art. 3 lid 3 Algemene termijnenwet) bekend voor {}: "
                    + "werkdagen in {} tellen zonder gelijkgestelde dagen en kunnen een dag te vroeg uitkomen. Voeg "
                    + "het besluit toe aan keten.kalender.besluiten zodra het in de Staatscourant staat.", jaar, jaar);
        }
        return zonder;
    }
}
