package nl.inburgering.platform.testapp;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

import nl.inburgering.platform.test.KetenTestInfrastructuur;

/** The platform test service on a real Kafka broker and a real PostgreSQL. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = PlatformTestApplication.class, properties = "spring.config.name=platform-test")
@ContextConfiguration(initializers = KetenTestInfrastructuur.class)
@interface PlatformIntegratieTest {
}
