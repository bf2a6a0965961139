package nl.inburgering.duo.ontheffing.config;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import nl.inburgering.duo.ontheffing.application.Artsen;
import nl.inburgering.duo.ontheffing.application.OntheffingenRaadplegen;
import nl.inburgering.platform.config.KetenProperties;
import nl.inburgering.duo.ontheffing.domain.KostenPolicy;

/** The aangewezen artsen and the eigen bijdrage of the medische procedure, with their sources in duo-service.yml. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(OntheffingConfiguratie.OntheffingProperties.class)
class OntheffingConfiguratie {

    /** {@code keten.duo.ontheffing.*} in duo-service.yml. */
    @ConfigurationProperties("keten.duo.ontheffing")
    record OntheffingProperties(List<String> artsen, BigDecimal eigenBijdrage, List<String> raadplegerOins) {
    }

    /** DUO's own OIN and {@code keten.duo.ontheffing.raadpleger-oins} (IND's) may ask for ontheffingen at the source. */
    @Bean
    OntheffingenRaadplegen.Raadplegers ontheffingRaadplegers(OntheffingProperties p, KetenProperties keten) {
        List<String> oins = new ArrayList<>(p.raadplegerOins() == null ? List.of() : p.raadplegerOins());
        oins.add(keten.oin());
        return new OntheffingenRaadplegen.Raadplegers(oins);
    }

    @Bean
    KostenPolicy ontheffingskosten(OntheffingProperties p) {
        if (p.eigenBijdrage() == null) {
            throw new IllegalStateException("keten.duo.ontheffing.eigen-bijdrage ontbreekt");
        }
        return new KostenPolicy(p.eigenBijdrage());
    }

    @Bean
    Artsen aangewezenArtsen(OntheffingProperties p) {
        if (p.artsen() == null || p.artsen().isEmpty()) {
            throw new IllegalStateException("keten.duo.ontheffing.artsen ontbreekt");
        }
        return new Artsen(p.artsen());
    }
}
