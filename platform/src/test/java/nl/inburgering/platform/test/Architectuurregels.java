package nl.inburgering.platform.test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The dependency rules of architecture.md §2, shared by every service. ArchUnit fails a rule that
 * matches no class, so a rule can never silently check nothing.
 */
public final class Architectuurregels {

    private Architectuurregels() {
    }

    /** Domain code is plain Java: no Spring, JPA, Kafka, Avro contracts or web types. */
    @ArchTest
    public static final ArchRule DOMEIN_ZONDER_FRAMEWORKS = noClasses()
            .that().resideInAPackage("..domain..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta.persistence..",
                    "org.hibernate..", "org.apache.kafka..", "nl.inburgering.contracts..", "jakarta.servlet..",
                    "nl.inburgering.platform.web..", "nl.inburgering.platform.outbox..", "nl.inburgering.platform.inbox..")
            .as("domeincode is vrij van Spring, JPA, Kafka en de contracten");

    /** Controllers speak DTOs, never JPA entities, and publish nothing themselves. */
    @ArchTest
    public static final ArchRule WEB_ZONDER_KAFKA = noClasses()
            .that().resideInAPackage("..web..")
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.kafka..", "org.springframework.kafka..",
                    "nl.inburgering.platform.outbox..")
            .as("de REST-laag publiceert niets zelf: alleen use cases schrijven in de outbox");

    /** Nothing but the platform's relay talks to Kafka to publish (transactional outbox). */
    @ArchTest
    public static final ArchRule GEEN_KAFKATEMPLATE_BUITEN_DE_RELAY = noClasses()
            .that().resideInAPackage("nl.inburgering.(*)..").and().resideOutsideOfPackage("nl.inburgering.platform..")
            .should().dependOnClassesThat().haveFullyQualifiedName("org.springframework.kafka.core.KafkaTemplate")
            .as("alleen de outbox-relay verstuurt naar Kafka");
}
