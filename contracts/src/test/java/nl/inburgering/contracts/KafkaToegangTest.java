package nl.inburgering.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import nl.inburgering.contracts.KafkaToegang.Deelnemer;
import nl.inburgering.contracts.KafkaToegang.Operatie;
import nl.inburgering.contracts.KafkaToegang.Patroon;
import nl.inburgering.contracts.KafkaToegang.Regel;
import nl.inburgering.contracts.KafkaToegang.Resource;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class KafkaToegangTest {

    private static final List<Regel> AMSTERDAM = KafkaToegang.regels(Deelnemer.van("gemeente-0363"));
    private static final List<Regel> DUO = KafkaToegang.regels(Deelnemer.van("duo"));

    @Test
    void een_gemeente_mag_alleen_zijn_eigen_topics_per_afnemer_lezen() {
        assertThat(gelezen(AMSTERDAM)).contains("duo.inburgeringsplicht.v1.gemeente.0363")
                .allMatch(topic -> topic.endsWith(".gemeente.0363"))
                .containsExactlyInAnyOrderElementsOf(TopicCatalogue.topicsGelezenDoor(Ketenpartner.GEMEENTE, List.of("0363")));
        assertThat(AMSTERDAM).noneMatch(r -> r.naam().contains("0599"));
    }

    @Test
    void een_gemeente_leest_met_haar_eigen_consumentengroep_en_schrijft_dode_letters_alleen_bij_haar_eigen_topics() {
        assertThat(AMSTERDAM).contains(new Regel("User:gemeente-0363", Resource.GROUP, Patroon.LITERAL,
                "gemeente-service-0363", Operatie.READ));
        assertThat(AMSTERDAM.stream().filter(r -> r.resource() == Resource.TOPIC && r.naam().endsWith("-dlt")))
                .allMatch(r -> r.operatie() == Operatie.WRITE && r.naam().endsWith(".gemeente.0363-dlt"));
    }

    @Test
    void een_gemeente_schrijft_haar_eigen_stelseldiensten_en_niet_die_van_duo() {
        assertThat(geschreven(AMSTERDAM)).contains(Topics.VASTGESTELDE_GEGEVENS_PIP, Topics.BRP_INSCHRIJVINGEN,
                Topics.OVERDRACHT_INBURGERAAR + ".").noneMatch(t -> t.startsWith("duo."));
    }

    @Test
    void duo_schrijft_op_elk_topic_per_afnemer_van_zijn_stelseldiensten_via_een_prefix_en_leest_geen_gemeentetopic() {
        assertThat(DUO).contains(new Regel("User:duo", Resource.TOPIC, Patroon.PREFIXED,
                Topics.INBURGERINGSPLICHT + ".", Operatie.WRITE));
        assertThat(gelezen(DUO)).contains(Topics.VERBLIJFSDOELEN, Topics.INBURGERAAR_GEKOPPELD_AAN_GEMEENTE + ".duo")
                .noneMatch(t -> t.contains(".gemeente."));
    }

    @Test
    void de_outboxrelay_krijgt_zijn_transacties_en_elke_dienst_idempotent_schrijven_en_verder_niets() {
        assertThat(DUO).contains(
                new Regel("User:duo", Resource.TRANSACTIONAL_ID, Patroon.PREFIXED, "outbox-duo-service-", Operatie.WRITE),
                new Regel("User:duo", Resource.TRANSACTIONAL_ID, Patroon.PREFIXED, "outbox-duo-service-",
                        Operatie.DESCRIBE),
                new Regel("User:duo", Resource.CLUSTER, Patroon.LITERAL, "kafka-cluster", Operatie.IDEMPOTENT_WRITE));
        assertThat(KafkaToegang.regels(List.of(Deelnemer.van("duo"), Deelnemer.van("coa"), Deelnemer.van("gemeente-0363"),
                Deelnemer.van("instelling-12345"), Deelnemer.van("ind"))))
                .allSatisfy(regel -> assertThat(switch (regel.operatie()) {
                    case READ -> regel.resource() == Resource.TOPIC || regel.resource() == Resource.GROUP;
                    case WRITE -> regel.resource() == Resource.TOPIC || regel.resource() == Resource.TRANSACTIONAL_ID;
                    case DESCRIBE -> regel.resource() == Resource.TRANSACTIONAL_ID;
                    case IDEMPOTENT_WRITE -> regel.resource() == Resource.CLUSTER;
                }).as(regel.kafkaAcls()).isTrue());
    }

    @Test
    void elke_regel_is_een_kafka_acls_opdracht() {
        assertThat(new Regel("User:duo", Resource.TOPIC, Patroon.PREFIXED, "duo.inburgeringsplicht.v1.", Operatie.WRITE)
                .kafkaAcls()).isEqualTo("--add --allow-principal User:duo --operation Write --topic "
                        + "duo.inburgeringsplicht.v1. --resource-pattern-type prefixed");
        assertThat(new Regel("User:coa", Resource.CLUSTER, Patroon.LITERAL, "kafka-cluster", Operatie.IDEMPOTENT_WRITE)
                .kafkaAcls()).isEqualTo("--add --allow-principal User:coa --operation IdempotentWrite --cluster");
    }

    @Test
    void een_onbekende_partner_of_een_gemeente_zonder_code_wordt_genoemd() {
        assertThatThrownBy(() -> Deelnemer.van("rdw")).hasMessageContaining("rdw");
        assertThatThrownBy(() -> Deelnemer.van("gemeente")).hasMessageContaining("code");
    }

    @Test
    void wie_meedoet_krijgt_zijn_topics_met_hun_dode_letters() {
        assertThat(KafkaToegang.topicsVan(List.of(Afnemer.gemeente("0599")))).contains(
                "duo.inburgeringsplicht.v1.gemeente.0599", "duo.inburgeringsplicht.v1.gemeente.0599-dlt")
                .allMatch(t -> t.contains(".gemeente.0599"));
    }

    private static List<String> gelezen(List<Regel> regels) {
        return regels.stream().filter(r -> r.resource() == Resource.TOPIC && r.operatie() == Operatie.READ)
                .map(Regel::naam).toList();
    }

    private static List<String> geschreven(List<Regel> regels) {
        return regels.stream().filter(r -> r.resource() == Resource.TOPIC && r.operatie() == Operatie.WRITE
                && !r.naam().endsWith("-dlt")).map(Regel::naam).toList();
    }
}
