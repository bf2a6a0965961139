package nl.inburgering.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Set;

import org.apache.avro.Schema;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificRecord;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import nl.inburgering.contracts.common.Ontvanger;
import nl.inburgering.contracts.testdata.ContractEvents;

/** Decision 0018: a stelseldienst whose records are meant for different recipients has a topic per recipient. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class TopicPerAfnemerTest {

    @Test
    void een_inburgeringsplicht_voor_gemeente_0363_staat_alleen_op_het_topic_van_0363_en_een_voor_coa_alleen_op_dat_van_coa() {
        var voorGemeente = ContractEvents.inburgeringsplichtVastgesteld().setGemeentecode("0363")
                .setOntvanger(Ontvanger.GEMEENTE).build();
        var voorCoa = ContractEvents.inburgeringsplichtVastgesteld().setGemeentecode("0344")
                .setOntvanger(Ontvanger.COA).build();

        assertThat(TopicCatalogue.INBURGERINGSPLICHT.topicsVoor(voorGemeente))
                .containsExactly("duo.inburgeringsplicht.v1.gemeente.0363");
        assertThat(TopicCatalogue.INBURGERINGSPLICHT.topicsVoor(voorCoa)).containsExactly("duo.inburgeringsplicht.v1.coa");
    }

    @Test
    void een_wijziging_na_een_verhuizing_gaat_naar_de_nieuwe_en_de_vorige_gemeente() {
        var gewijzigd = ContractEvents.inburgeringsplichtGewijzigd().setGemeentecode("0363")
                .setVorigeGemeentecode("0599").build();

        assertThat(TopicCatalogue.INBURGERINGSPLICHT.topicsVoor(gewijzigd)).containsExactlyInAnyOrder(
                "duo.inburgeringsplicht.v1.gemeente.0363", "duo.inburgeringsplicht.v1.gemeente.0599");
    }

    @Test
    void een_examenresultaat_gaat_naar_de_gemeente_en_naar_elke_instelling_van_de_inburgeraar() {
        var resultaat = ContractEvents.examenresultaatVastgesteld().setGemeentecode("0599")
                .setInstellingsnummers(List.of("12345", "67890")).build();

        assertThat(TopicCatalogue.EXAMENRESULTATEN.topicsVoor(resultaat)).containsExactlyInAnyOrder(
                "duo.examenresultaten.v1.gemeente.0599", "duo.examenresultaten.v1.instelling.12345",
                "duo.examenresultaten.v1.instelling.67890");
    }

    @Test
    void een_stelseldienst_aan_een_partner_die_elk_alles_krijgt_blijft_een_topic() {
        var ingeschreven = ContractEvents.ingezeteneIngeschreven().build();

        assertThat(TopicCatalogue.BRP_INSCHRIJVINGEN.perAfnemer()).isFalse();
        assertThat(TopicCatalogue.BRP_INSCHRIJVINGEN.topicsVoor(ingeschreven)).containsExactly("brp.inschrijvingen.v1");
        assertThat(TopicCatalogue.BESCHIKKING_VOLDAAN.topicsVoor(ContractEvents.inburgeringsplichtVoldaan().build()))
                .containsExactlyInAnyOrder("duo.beschikking-voldaan-inburgeringsplicht.v1.gemeente.0363",
                        "duo.beschikking-voldaan-inburgeringsplicht.v1.ind");
    }

    @Test
    void elke_stelseldienst_aan_gemeenten_of_instellingen_of_aan_meer_partners_met_eigen_records_heeft_een_topic_per_afnemer() {
        for (Topic topic : TopicCatalogue.all()) {
            if (topic.consumers().stream().anyMatch(Ketenpartner::veelvoudig)) {
                assertThat(topic.perAfnemer()).as(topic.name()).isTrue();
            }
        }
        assertThat(TopicCatalogue.all().stream().filter(t -> !t.perAfnemer() && t.consumers().size() > 1)
                .map(Topic::name)).as("gedeeld: elke afnemer krijgt elk record")
                .containsExactlyInAnyOrder(Topics.BRP_INSCHRIJVINGEN, Topics.BRP_VERHUIZINGEN,
                        Topics.BRP_OVERLIJDEN);
    }

    @Test
    void elk_veld_van_een_adressering_bestaat_in_een_event_van_zijn_stelseldienst() {
        for (Topic topic : TopicCatalogue.all()) {
            for (Adressering adressering : topic.adressering()) {
                for (String veld : adressering.gelezenVelden()) {
                    assertThat(topic.eventTypes()).as(topic.name() + " " + veld)
                            .anyMatch(type -> SpecificData.get().getSchema(type.schema()).getField(veld) != null);
                }
                for (String veld : adressering.velden()) {
                    assertThat(topic.eventTypes()).as(topic.name() + ": elk event draagt een codeveld van "
                                    + adressering.partner())
                            .allMatch(type -> adressering.velden().stream().anyMatch(
                                    v -> SpecificData.get().getSchema(type.schema()).getField(v) != null));
                    Schema.Field field = topic.eventTypes().stream()
                            .map(type -> SpecificData.get().getSchema(type.schema()).getField(veld))
                            .filter(f -> f != null).findFirst().orElseThrow();
                    assertThat(field.schema().toString()).as(topic.name() + " " + veld).contains("string");
                }
            }
        }
    }

    @Test
    void elk_standaardevent_op_een_stelseldienst_per_afnemer_vindt_een_afnemer() throws Exception {
        for (Topic topic : TopicCatalogue.all()) {
            for (EventType type : topic.eventTypes()) {
                SpecificRecord event = standaard(type.schema());
                assertThat(topic.topicsVoor(event)).as(type.type()).isNotEmpty()
                        .allSatisfy(naam -> assertThat(TopicCatalogue.byName(naam)).isSameAs(topic));
            }
        }
    }

    @Test
    void een_topic_per_afnemer_leidt_terug_naar_zijn_stelseldienst_en_zijn_afnemer() {
        assertThat(TopicCatalogue.byName("duo.inburgeringsplicht.v1.gemeente.0363"))
                .isSameAs(TopicCatalogue.INBURGERINGSPLICHT);
        assertThat(TopicCatalogue.afnemerVan("duo.inburgeringsplicht.v1.gemeente.0363")).contains(Afnemer.gemeente("0363"));
        assertThat(TopicCatalogue.afnemerVan("duo.inburgeringsplicht.v1.coa")).contains(Afnemer.van(Ketenpartner.COA));
        assertThat(TopicCatalogue.afnemerVan("duo.inburgeringsplicht.v1")).isEmpty();
        assertThat(TopicCatalogue.afnemerVan("ind.verblijfsdoelen.v1.duo")).isEmpty();
        assertThatThrownBy(() -> TopicCatalogue.byName("duo.inburgeringsplicht.v1.ind"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TopicCatalogue.INBURGERINGSPLICHT.topicVoor(Afnemer.van(Ketenpartner.IND)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void gemeente_0363_leest_alleen_zijn_eigen_topics_en_coa_geen_enkel_gemeentetopic() {
        Set<String> amsterdam = TopicCatalogue.topicsGelezenDoor(Ketenpartner.GEMEENTE, Set.of("0363"));
        Set<String> coa = TopicCatalogue.topicsGelezenDoor(Ketenpartner.COA, Set.of());

        assertThat(amsterdam).contains("duo.inburgeringsplicht.v1.gemeente.0363", "coa.klantprofiel.v1.gemeente.0363")
                .allMatch(t -> t.endsWith(".gemeente.0363"));
        assertThat(coa).containsExactlyInAnyOrder(Topics.BRP_INSCHRIJVINGEN, Topics.BRP_VERHUIZINGEN, Topics.BRP_OVERLIJDEN,
                "duo.inburgeringsplicht.v1.coa");
    }

    @Test
    void een_afnemer_van_gemeenten_heeft_een_code_en_een_enkele_organisatie_niet() {
        assertThatThrownBy(() -> new Afnemer(Ketenpartner.GEMEENTE, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Afnemer(Ketenpartner.GEMEENTE, "03.63")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Afnemer(Ketenpartner.COA, "1")).isInstanceOf(IllegalArgumentException.class);
        assertThat(Afnemer.gemeente("0363").principal()).isEqualTo("User:gemeente-0363");
        assertThat(Afnemer.van(Ketenpartner.COA).principal()).isEqualTo("User:coa");
    }

    private static SpecificRecord standaard(Class<? extends SpecificRecord> type) throws Exception {
        AvroTrust.trustContracts();
        String naam = type.getSimpleName();
        Method factory = ContractEvents.class.getMethod(Character.toLowerCase(naam.charAt(0)) + naam.substring(1));
        Object builder = factory.invoke(null);
        return (SpecificRecord) builder.getClass().getMethod("build").invoke(builder);
    }
}
