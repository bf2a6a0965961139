package nl.inburgering.platform.leveringsafspraak;

import java.time.Clock;
import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.support.TransactionTemplate;

import nl.inburgering.contracts.Ketenpartner;
import nl.inburgering.contracts.TopicCatalogue;
import nl.inburgering.platform.outbox.Outbox;

/**
 * The periodic publication of the counted delivery agreements (decision 0042, addendum) in every service whose partner
 * has a topic for them in the catalogue (IND, COA, GEMEENTE, INSTELLING; not DUO, whose figures SZW's report reads in
 * place), and its operator endpoint in a web application.
 */
@AutoConfiguration(afterName = "nl.inburgering.platform.PlatformAutoConfiguration")
@Conditional(LeveringsafsprakenAutoConfiguration.PartnerPubliceert.class)
public class LeveringsafsprakenAutoConfiguration {

    /** Whether {@code keten.partner} is a partner with a topic for its counted delivery agreements. */
    static class PartnerPubliceert implements org.springframework.context.annotation.Condition {
        @Override
        public boolean matches(org.springframework.context.annotation.ConditionContext context,
                org.springframework.core.type.AnnotatedTypeMetadata metadata) {
            String partner = context.getEnvironment().getProperty("keten.partner");
            if (partner == null) {
                return false;
            }
            try {
                return TopicCatalogue.leveringsafsprakenVan(Ketenpartner.valueOf(partner.trim().toUpperCase(
                        java.util.Locale.ROOT))).isPresent();
            } catch (IllegalArgumentException onbekend) {
                return false;
            }
        }
    }

    @Bean
    Leveringsafsprakenpublicatie leveringsafsprakenpublicatie(Leveringsafspraken leveringsafspraken, Outbox outbox,
            TransactionTemplate platformTransactionTemplate, Clock clock,
            nl.inburgering.platform.config.KetenProperties properties,
            @Value("${keten.leveringsafspraken.interval:PT1H}") Duration interval,
            @Value("${keten.leveringsafspraken.dagen:" + Leveringsafsprakenpublicatie.STANDAARD_DAGEN + "}") int dagen) {
        return new Leveringsafsprakenpublicatie(leveringsafspraken, outbox, platformTransactionTemplate, clock,
                properties.partner(), TopicCatalogue.leveringsafsprakenVan(properties.partner()).orElseThrow(),
                interval, dagen);
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    static class Endpoint {

        @Bean
        LeveringsafsprakenController leveringsafsprakenController(Leveringsafsprakenpublicatie publicatie) {
            return new LeveringsafsprakenController(publicatie);
        }
    }
}
