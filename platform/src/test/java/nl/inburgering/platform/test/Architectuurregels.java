package nl.inburgering.platform.test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.lang.reflect.Executable;
import java.lang.reflect.Parameter;
import java.util.Collection;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

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

    /** Controllers speak DTOs: never a JPA entity or repository (architecture §6). */
    @ArchTest
    public static final ArchRule WEB_ZONDER_PERSISTENCE = noClasses()
            .that().resideInAPackage("..web..")
            .should().dependOnClassesThat().resideInAnyPackage("..persistence..", "jakarta.persistence..")
            .as("de REST-laag kent geen JPA-entiteiten of repositories");

    /** The domain knows nothing of how it is stored, served or carried. */
    @ArchTest
    public static final ArchRule DOMEIN_ZONDER_ANDERE_LAGEN = noClasses()
            .that().resideInAPackage("..domain..")
            .should().dependOnClassesThat().resideInAnyPackage("..persistence..", "..web..", "..messaging..")
            .as("het domein kent geen persistence, web of messaging");

    /** Only messaging/ translates between the contracts (Avro) and the service (architecture §2). */
    @ArchTest
    public static final ArchRule AVRO_ALLEEN_IN_MESSAGING = noClasses()
            .that().resideInAPackage("nl.inburgering.(*)..")
            .and().resideOutsideOfPackages("nl.inburgering.platform..", "nl.inburgering.contracts..", "..messaging..")
            .should().dependOnClassesThat().resideInAnyPackage("nl.inburgering.contracts.event..",
                    "nl.inburgering.contracts.common..", "org.apache.avro..")
            .as("alleen messaging/ bouwt of leest de Avro-contracten");

    /**
     * A use case processes personal data through the platform's template (Persoonsverwerking), which locks the
     * person, writes the Logboek record and hands events to the outbox; it does not call those three itself.
     */
    @ArchTest
    public static final ArchRule VERWERKING_VIA_HET_SJABLOON = noClasses()
            .that().resideInAPackage("nl.inburgering.(*)..")
            .and().resideOutsideOfPackage("nl.inburgering.platform..")
            .should().dependOnClassesThat().haveFullyQualifiedName("nl.inburgering.platform.logboek.Logboek")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("nl.inburgering.platform.outbox.Outbox")
            .orShould().dependOnClassesThat()
            .haveFullyQualifiedName("nl.inburgering.platform.persoon.Persoonsvergrendeling")
            .as("use cases verwerken persoonsgegevens via Persoonsverwerking, niet via Logboek, Outbox of slot");

    /** Inside a service a BSN is the value type {@code Bsn}; a string only at the REST and Kafka edges. */
    @ArchTest
    public static final ArchRule BSN_ALS_WAARDETYPE = classes()
            .that().resideInAnyPackage("..application..", "..domain..")
            .should(new ArchCondition<JavaClass>("geen String-parameter met bsn in de naam hebben") {
                @Override
                public void check(JavaClass klasse, ConditionEvents events) {
                    Class<?> type = klasse.reflect();
                    Stream.concat(Stream.of(type.getDeclaredConstructors()), Stream.of(type.getDeclaredMethods()))
                            .filter(e -> !e.isSynthetic())
                            .flatMap(e -> Stream.of(e.getParameters()).filter(Architectuurregels::isStringBsn)
                                    .map(p -> beschrijf(type, e, p)))
                            .forEach(p -> events.add(SimpleConditionEvent.violated(klasse, p)));
                }
            })
            .as("in application- en domeincode is een BSN een Bsn, geen String");

    private static boolean isStringBsn(Parameter parameter) {
        boolean tekst = parameter.getType() == String.class
                || (Collection.class.isAssignableFrom(parameter.getType())
                        && parameter.getParameterizedType().getTypeName().contains("java.lang.String"));
        return tekst && parameter.isNamePresent() && parameter.getName().toLowerCase().contains("bsn");
    }

    private static String beschrijf(Class<?> type, Executable executable, Parameter parameter) {
        return type.getName() + "." + executable.getName() + " heeft String-parameter " + parameter.getName();
    }
}
