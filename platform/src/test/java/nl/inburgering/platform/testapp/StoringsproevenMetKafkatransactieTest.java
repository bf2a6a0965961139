package nl.inburgering.platform.testapp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

import nl.inburgering.platform.events.Pseudoniem;
import nl.inburgering.platform.outbox.OutboxRelay;
import nl.inburgering.platform.outbox.OutboxRelay.Crashpunt;
import nl.inburgering.platform.outbox.OutboxRelayGezondheid;

/**
 * Issue 11's crash proofs of the relay with {@code keten.outbox.kafka-transactie=true}: each round one Kafka
 * transaction (decision 0057 keeps it as an option). A batch sent in a transaction that never commits is seen by no
 * read-committed consumer; a batch committed but not marked is sent again, and the inbox absorbs it.
 */
@PlatformIntegratieTest
@DirtiesContext
@TestPropertySource(properties = "keten.outbox.kafka-transactie=true")
class StoringsproevenMetKafkatransactieTest {

    @Autowired
    PlatformTestApplication.Inschrijver inschrijver;
    @Autowired
    OutboxRelay relay;
    @Autowired
    OutboxRelayGezondheid relayGezondheid;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Pseudoniem pseudoniem;

    private Relaycrashproef crashproef() {
        return new Relaycrashproef(relay, relayGezondheid, jdbc, pseudoniem, inschrijver);
    }

    @AfterEach
    void relayWeerGewoon() {
        crashproef().herstel();
    }

    @Test
    void een_relay_die_crasht_na_het_versturen_in_een_open_kafkatransactie_laat_de_afnemer_geen_dubbel_zien() {
        Storingsstroom.Uitkomst uitkomst = crashproef().crashEnHerstart(Crashpunt.NA_VERSTUREN,
                "relay (Kafka-transactie) crasht na versturen, voor de Kafka-commit");

        assertThat(uitkomst.afgebroken()).as("de verstuurde batch stond op de lijn, in een afgebroken transactie")
                .isPositive();
        assertThat(uitkomst.dubbelOpDeLijn()).as("een read-committed afnemer ziet er niets van").isZero();
    }

    @Test
    void een_relay_die_crasht_na_de_kafkacommit_voor_het_markeren_verstuurt_opnieuw_en_de_inbox_vangt_het_op() {
        Storingsstroom.Uitkomst uitkomst = crashproef().crashEnHerstart(Crashpunt.NA_KAFKA_COMMIT,
                "relay (Kafka-transactie) crasht na de Kafka-commit, voor het markeren");

        assertThat(uitkomst.dubbelOpDeLijn()).as("de batch staat twee keer vastgelegd op het topic").isPositive();
        assertThat(uitkomst.dubbel()).as("en heeft een effect per event: de inbox ving de kopie op").isZero();
    }
}
