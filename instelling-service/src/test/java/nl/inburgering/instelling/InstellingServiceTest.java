package nl.inburgering.instelling;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

import nl.inburgering.contracts.Ketenpartner;
import nl.inburgering.platform.kafka.KetenpartnerTopics;
import nl.inburgering.platform.test.KetenTestInfrastructuur;

@SpringBootTest(properties = "spring.config.name=instelling-service")
@ContextConfiguration(initializers = KetenTestInfrastructuur.class)
class InstellingServiceTest {

    @Autowired
    KetenpartnerTopics topics;

    @Test
    void de_instelling_start_als_ketenpartner_instelling() {
        assertThat(topics.partner()).isEqualTo(Ketenpartner.INSTELLING);
    }
}
