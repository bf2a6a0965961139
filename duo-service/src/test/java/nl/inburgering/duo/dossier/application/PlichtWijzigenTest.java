package nl.inburgering.duo.dossier.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.transaction.support.TransactionTemplate;

import nl.inburgering.contracts.TopicCatalogue;
import nl.inburgering.contracts.common.Plichtonderdeel;
import nl.inburgering.contracts.common.RedenGeenInburgeringsplicht;
import nl.inburgering.contracts.common.RedenWijzigingInburgeringsplicht;
import nl.inburgering.contracts.event.InburgeringsplichtBeeindigd;
import nl.inburgering.contracts.event.InburgeringsplichtGewijzigd;
import nl.inburgering.duo.Testopbouw;
import nl.inburgering.duo.dossier.api.Dossiers;
import nl.inburgering.duo.dossier.api.PlichtBeeindigd;
import nl.inburgering.duo.dossier.api.Plichtbeeindiging;
import nl.inburgering.duo.dossier.api.Plichtwijziging;
import nl.inburgering.platform.bsn.Bsn;
import nl.inburgering.platform.events.AvroCodec;
import nl.inburgering.platform.test.KetenTestInfrastructuur;
import nl.inburgering.platform.test.TestPartner;

/**
 * The core's changes of a plicht (issue 15) against a real broker and PostgreSQL: what the gemeente receives as #3
 * gewijzigd, and what the core keeps.
 */
@SpringBootTest(properties = "spring.config.name=duo-service")
@ContextConfiguration(initializers = KetenTestInfrastructuur.class)
@DirtiesContext
class PlichtWijzigenTest {

    private static final String AMSTERDAM = "0363";

    @Autowired
    Testopbouw opbouw;
    @Autowired
    Plichtwijziging plichtwijziging;
    @Autowired
    Plichtbeeindiging plichtbeeindiging;
    @Autowired
    Dossiers dossiers;
    @Autowired
    TransactionTemplate transactie;
    @Autowired
    Clock klok;

    @Test
    void na_een_gedeeltelijke_vrijstelling_krijgt_de_gemeente_de_onderdelen_die_nog_openstaan() {
        Bsn bsn = plichtigeGezinsmigrant();

        boolean gewijzigd = in(() -> plichtwijziging.onderdelenVervallen(bsn,
                Set.of(nl.inburgering.duo.dossier.api.Plichtonderdeel.LE,
                        nl.inburgering.duo.dossier.api.Plichtonderdeel.LU)));

        assertThat(gewijzigd).isTrue();
        InburgeringsplichtGewijzigd bericht = gewijzigd(bsn);
        assertThat(bericht.getRedenWijziging()).isEqualTo(RedenWijzigingInburgeringsplicht.ONDERDELEN_OPNIEUW_VASTGESTELD);
        assertThat(bericht.getOpenstaandeOnderdelen()).containsExactly(Plichtonderdeel.KNM, Plichtonderdeel.SC,
                Plichtonderdeel.SP, Plichtonderdeel.PVT, Plichtonderdeel.MAP);
        assertThat(dossiers.dossier(bsn).orElseThrow().openstaandeOnderdelen())
                .doesNotContain(nl.inburgering.duo.dossier.api.Plichtonderdeel.LE);
    }

    @Test
    void een_onderdeel_dat_al_vervallen_was_wijzigt_de_plicht_niet_opnieuw_en_gaat_niet_opnieuw_naar_de_gemeente() {
        Bsn bsn = plichtigeGezinsmigrant();
        Set<nl.inburgering.duo.dossier.api.Plichtonderdeel> knm = Set.of(nl.inburgering.duo.dossier.api.Plichtonderdeel.KNM);
        in(() -> plichtwijziging.onderdelenVervallen(bsn, knm));

        assertThat(in(() -> plichtwijziging.onderdelenVervallen(bsn, knm))).isFalse();
        assertThat(dossiers.dossier(bsn).orElseThrow().vervallenOnderdelen()).containsExactly(
                nl.inburgering.duo.dossier.api.Plichtonderdeel.KNM);
    }

    @Test
    void na_een_tijdelijke_vrijstelling_wordt_de_plicht_hervat_met_de_oude_begindatum() {
        Bsn bsn = plichtigeGezinsmigrant();
        LocalDate vandaag = LocalDate.now(klok);
        in(() -> plichtbeeindiging.beeindig(bsn, PlichtBeeindigd.Reden.TIJDELIJKE_VRIJSTELLING, vandaag));
        InburgeringsplichtBeeindigd beeindigd = AvroCodec.decode(TestPartner.wachtOp(kafka(),
                TestPartner.gemeentetopic(TopicCatalogue.INBURGERINGSPLICHT, AMSTERDAM),
                r -> TestPartner.bevat(r, bsn.value()) && type(r).endsWith("beeindigd")).value(),
                InburgeringsplichtBeeindigd.class);
        assertThat(beeindigd.getRedenGeenInburgeringsplicht())
                .isEqualTo(RedenGeenInburgeringsplicht.TIJDELIJKE_VRIJSTELLING);

        assertThat(in(() -> plichtwijziging.hervat(bsn, vandaag.plusDays(1)))).isTrue();

        InburgeringsplichtGewijzigd hervat = gewijzigd(bsn);
        assertThat(hervat.getRedenWijziging())
                .isEqualTo(RedenWijzigingInburgeringsplicht.TIJDELIJKE_VRIJSTELLING_INGETROKKEN);
        assertThat(hervat.getBegindatum()).isEqualTo(LocalDate.of(2025, 3, 1));
        assertThat(dossiers.dossier(bsn).orElseThrow().isPlichtig()).isTrue();
    }

    @Test
    void een_plicht_die_om_een_andere_reden_eindigde_wordt_niet_hervat() {
        Bsn bsn = plichtigeGezinsmigrant();
        in(() -> plichtbeeindiging.beeindig(bsn, PlichtBeeindigd.Reden.VOLLEDIGE_VRIJSTELLING, LocalDate.now(klok)));

        assertThat(in(() -> plichtwijziging.hervat(bsn, LocalDate.now(klok)))).isFalse();
        assertThat(dossiers.dossier(bsn).orElseThrow().isPlichtig()).isFalse();
    }

    private boolean in(java.util.function.BooleanSupplier werk) {
        return Boolean.TRUE.equals(transactie.execute(t -> werk.getAsBoolean()));
    }

    private Bsn plichtigeGezinsmigrant() {
        return Bsn.of(opbouw.plichtigeGezinsmigrant(AMSTERDAM, LocalDate.of(2025, 3, 1)));
    }

    private static InburgeringsplichtGewijzigd gewijzigd(Bsn bsn) {
        return AvroCodec.decode(TestPartner.wachtOp(kafka(),
                TestPartner.gemeentetopic(TopicCatalogue.INBURGERINGSPLICHT, AMSTERDAM),
                r -> TestPartner.bevat(r, bsn.value()) && type(r).endsWith("gewijzigd")).value(),
                InburgeringsplichtGewijzigd.class);
    }

    private static String type(org.apache.kafka.clients.consumer.ConsumerRecord<String, byte[]> record) {
        var header = record.headers().lastHeader("ce_type");
        return header == null ? "" : new String(header.value(), java.nio.charset.StandardCharsets.UTF_8);
    }

    private static String kafka() {
        return KetenTestInfrastructuur.kafkaBootstrapServers();
    }
}
