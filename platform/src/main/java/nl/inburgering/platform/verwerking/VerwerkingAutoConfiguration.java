package nl.inburgering.platform.verwerking;

import java.time.Clock;

import jakarta.persistence.EntityManagerFactory;

import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;

import nl.inburgering.platform.PlatformAutoConfiguration;
import nl.inburgering.platform.logboek.Logboek;
import nl.inburgering.platform.logboek.LogboekAutoConfiguration;
import nl.inburgering.platform.outbox.Outbox;
import nl.inburgering.platform.persoon.Persoonsvergrendeling;

/** The use-case template and the guard that no JPA write of personal data escapes it. */
@AutoConfiguration(after = { PlatformAutoConfiguration.class, LogboekAutoConfiguration.class })
public class VerwerkingAutoConfiguration {

    @Bean
    Persoonsverwerking persoonsverwerking(Persoonsvergrendeling vergrendeling, Logboek logboek, Outbox outbox,
            Clock clock) {
        return new Persoonsverwerking(vergrendeling, logboek, outbox, clock);
    }

    /** Hooks the guard into Hibernate once the EntityManagerFactory exists; none in a service without JPA. */
    @Bean
    SmartInitializingSingleton persoonsgegevensbewaking(ObjectProvider<EntityManagerFactory> entityManagerFactory,
            @Value("${keten.logboek.bewaking:true}") boolean aan) {
        return () -> {
            EntityManagerFactory emf = entityManagerFactory.getIfAvailable();
            if (emf == null || !aan) {
                return;
            }
            Persoonsgegevensbewaking bewaking = new Persoonsgegevensbewaking();
            EventListenerRegistry registry = emf.unwrap(SessionFactoryImplementor.class).getServiceRegistry()
                    .requireService(EventListenerRegistry.class);
            registry.appendListeners(EventType.PRE_INSERT, bewaking);
            registry.appendListeners(EventType.PRE_UPDATE, bewaking);
            registry.appendListeners(EventType.PRE_DELETE, bewaking);
        };
    }
}
