package nl.inburgering.platform.testapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.test.annotation.DirtiesContext;

import nl.inburgering.contracts.event.InburgeringsplichtGewijzigd;
import nl.inburgering.contracts.testdata.ContractEvents;
import nl.inburgering.platform.events.AvroCodec;
import nl.inburgering.platform.events.Pseudoniem;
import nl.inburgering.platform.inbox.EventInbox;
import nl.inburgering.platform.test.KetenTestInfrastructuur;
import nl.inburgering.platform.test.Statementteller;
import nl.inburgering.platform.test.TestBsn;
import nl.inburgering.platform.test.TestPartner;

/**
 * The records of one poll are applied in one transaction (decision 0043), and a failing record among them costs
 * nothing of the others: what came before it is applied once, it is retried or dead-lettered by its place, and what
 * follows it is applied after it.
 */
@PlatformIntegratieTest
@DirtiesContext
class BatchVerwerkingTest {

    private static final String TOPIC = "brp.inschrijvingen.v1";
    private static final String PLICHT = "duo.inburgeringsplicht.v1";
    private static final String GEWIJZIGD = "nl.inburgering.inburgeringsplicht-gewijzigd";

    @Autowired
    EventInbox inbox;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    KafkaTemplate<String, byte[]> kafka;
    @Autowired
    KafkaListenerEndpointRegistry listeners;
    @Autowired
    PlatformTestApplication.Inschrijver inschrijver;
    @Autowired
    Pseudoniem pseudoniem;
    @Autowired
    TestnotitieRepository notities;

    @Test
    void de_berichten_van_een_poll_worden_in_een_transactie_toegepast_en_een_herhaald_bericht_een_keer() {
        var eerste = alsOntvangen(UUID.randomUUID().toString(), null);
        var tweede = alsOntvangen(UUID.randomUUID().toString(), null);
        List<Long> transacties = new ArrayList<>();

        inbox.verwerkEenmalig(List.of(eerste, tweede, eerste), inbox.ontvanger().bij(InburgeringsplichtGewijzigd.class,
                e -> transacties.add(jdbc.sql("select txid_current()").query(Long.class).single())));

        assertThat(transacties).as("twee events, het herhaalde een keer overgeslagen").hasSize(2);
        assertThat(transacties.get(0)).as("een transactie voor de hele poll").isEqualTo(transacties.get(1));
        assertThat(inboxrijen(eerste, tweede)).isEqualTo(2);
    }

    @Test
    void een_bericht_van_een_poll_draagt_geen_entiteiten_van_het_vorige_mee_maar_ziet_wel_wat_het_schreef() {
        var eerste = alsOntvangen(UUID.randomUUID().toString(), null);
        var tweede = alsOntvangen(UUID.randomUUID().toString(), null);
        UUID notitie = UUID.randomUUID();
        List<String> gelezen = new ArrayList<>();
        List<String> sql = new ArrayList<>();

        inbox.verwerkEenmalig(List.of(eerste, tweede), inbox.ontvanger().bij(InburgeringsplichtGewijzigd.class, e -> {
            if (e.id().equals(id(eerste))) {
                notities.save(new Testnotitie(notitie, "van het eerste bericht"));
                return;
            }
            sql.addAll(Statementteller.tel(() -> gelezen.add(notities.findById(notitie).orElseThrow().getTekst()))
                    .statements());
        }));

        assertThat(gelezen).as("het tweede bericht ziet wat het eerste schreef").containsExactly("van het eerste bericht");
        // read from the database, not from a persistence context that still held the first record's entity: a
        // context that grows with the poll would make every query dirty-check all of it
        assertThat(sql).as("het tweede bericht leest de rij opnieuw").singleElement().asString()
                .containsIgnoringCase("select");
    }

    @Test
    void een_mislukt_bericht_midden_in_een_poll_laat_de_berichten_ervoor_eenmaal_toegepast_en_noemt_zijn_plaats() {
        var ervoor = alsOntvangen(UUID.randomUUID().toString(), null);
        var fout = alsOntvangen(UUID.randomUUID().toString(), null);
        var erna = alsOntvangen(UUID.randomUUID().toString(), null);
        List<String> toegepast = new ArrayList<>();

        assertThatThrownBy(() -> inbox.verwerkEenmalig(List.of(ervoor, fout, erna), inbox.ontvanger()
                .bij(InburgeringsplichtGewijzigd.class, e -> {
                    if (e.id().equals(id(fout))) {
                        throw new IllegalArgumentException("een regel die dit event breekt");
                    }
                    toegepast.add(e.id());
                })))
                .isInstanceOfSatisfying(BatchListenerFailedException.class,
                        f -> assertThat(f.getIndex()).as("de plaats van het mislukte bericht").isEqualTo(1))
                .hasRootCauseInstanceOf(IllegalArgumentException.class);

        assertThat(inboxrijen(ervoor)).as("het bericht ervoor is toegepast").isEqualTo(1);
        assertThat(inboxrijen(fout, erna)).as("het mislukte en wat erna komt niet").isZero();
        // the first attempt of the whole poll rolled back, so its effect is written again, once
        assertThat(toegepast).containsExactly(id(ervoor), id(ervoor));
    }

    @Test
    void een_onleesbaar_bericht_tussen_andere_in_een_poll_gaat_naar_de_dlt_en_de_rest_wordt_toegepast() {
        String voor = TestBsn.nieuw();
        String na = TestBsn.nieuw();
        String sleutel = pseudoniem.van(voor);
        byte[] gif = ("geen cloudevent " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);
        // paused, so the three records wait on one partition and come in one poll
        listeners.getListenerContainers().forEach(c -> c.pause());
        try {
            inschrijver.schrijfIn(voor, "0363");
            TestPartner.wachtOp(KetenTestInfrastructuur.kafkaBootstrapServers(), TOPIC, r -> TestPartner.bevat(r, voor));
            kafka.send(TOPIC, sleutel, gif).join();
            inschrijver.schrijfIn(na, "0363");
            TestPartner.wachtOp(KetenTestInfrastructuur.kafkaBootstrapServers(), TOPIC, r -> TestPartner.bevat(r, na));
        } finally {
            listeners.getListenerContainers().forEach(c -> c.resume());
        }

        await().atMost(Duration.ofSeconds(60)).until(() -> ontvangen(voor) == 1 && ontvangen(na) == 1);
        TestPartner.wachtOp(KetenTestInfrastructuur.kafkaBootstrapServers(), TOPIC + "-dlt",
                r -> sleutel.equals(r.key()) && Arrays.equals(gif, r.value()));
        assertThat(ontvangen(voor)).as("het bericht ervoor een keer").isEqualTo(1);
    }

    private long ontvangen(String bsn) {
        return jdbc.sql("select count(*) from ontvangen_inschrijving where bsn = ?").param(bsn)
                .query(Long.class).single();
    }

    private long inboxrijen(ConsumerRecord<String, byte[]>... records) {
        return Arrays.stream(records).mapToLong(r -> jdbc.sql("select count(*) from inbox_event where id = ?")
                .param(id(r)).query(Long.class).single()).sum();
    }

    private static String id(ConsumerRecord<String, byte[]> record) {
        return new String(record.headers().lastHeader("ce_id").value(), StandardCharsets.UTF_8);
    }

    static ConsumerRecord<String, byte[]> alsOntvangen(String id, String traceparent) {
        nl.inburgering.contracts.AvroTrust.trustContracts(); // before a builder reads an enum default
        var event = io.cloudevents.core.builder.CloudEventBuilder.v1().withId(id)
                .withSource(java.net.URI.create("urn:nld:oin:00000001003214345000:systeem:duo-service"))
                .withType(GEWIJZIGD).withTime(java.time.OffsetDateTime.now()).withDataContentType("application/avro")
                .withData(AvroCodec.encode(ContractEvents.inburgeringsplichtGewijzigd().build())).build();
        ProducerRecord<String, byte[]> uit = io.cloudevents.kafka.KafkaMessageFactory.createWriter(PLICHT, "sleutel")
                .writeBinary(event);
        if (traceparent != null) {
            uit.headers().add("traceparent", traceparent.getBytes(StandardCharsets.US_ASCII));
        }
        return new ConsumerRecord<>(PLICHT, 0, 0L, 0L, org.apache.kafka.common.record.TimestampType.CREATE_TIME, 0,
                uit.value().length, uit.key(), uit.value(), uit.headers(), java.util.Optional.empty());
    }
}
