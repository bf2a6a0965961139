package nl.inburgering.duo.termijnbewaking.application;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import nl.inburgering.duo.termijnbewaking.domain.Termijnbewakingspolicy;
import nl.inburgering.platform.time.WerkdagenKalender;

@Configuration
class TermijnbewakingConfiguratie {

    @Bean
    Termijnbewakingspolicy termijnbewakingspolicy(WerkdagenKalender kalender) {
        return new Termijnbewakingspolicy(kalender);
    }
}
