package nl.inburgering.instelling;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.util.ClassUtils;

import nl.inburgering.contracts.Afnemer;
import nl.inburgering.contracts.Ketenpartner;
import nl.inburgering.contracts.common.Examenuitslag;
import nl.inburgering.contracts.testdata.ContractEvents;
import nl.inburgering.platform.test.Ontvangen;
import nl.inburgering.platform.test.Statementteller;
import nl.inburgering.platform.test.Statementteller.Telling;
import nl.inburgering.platform.test.TestBsn;

/**
 * What the instelling sends to PostgreSQL per #13 (issue 17, decision 0049), its busiest delivery: the event is handed
 * to the real listener method on the test's thread, in a poll of 5 and alone. A count, not a timing.
 */
@Import(Statementteller.Configuratie.class)
@DirtiesContext
class StatementsPerEventTest extends InstellingIntegratie {

    private static final int POLL = 5;
    private static final String LISTENER = "nl.inburgering.instelling.examen.messaging.ExamenresultatenListener";

    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcClient jdbc;

    @Test
    void een_examenresultaat_van_een_eigen_cursist_kost_per_event_een_vast_aantal_statements() throws Exception {
        List<String> bsns = IntStream.rangeClosed(0, POLL).mapToObj(i -> TestBsn.nieuw()).toList();
        for (String bsn : bsns) {
            cursist(INSTELLING, bsn, null);
        }

        Telling poll = Statementteller.tel(() -> geef(bsns.subList(0, POLL), Examenuitslag.GESLAAGD));
        Telling los = Statementteller.tel(() -> geef(List.of(bsns.get(POLL)), Examenuitslag.GESLAAGD));
        Telling herlevering = Statementteller.tel(() -> geef(List.of(bsns.get(POLL)), Examenuitslag.GESLAAGD));

        assertThat(jdbc.sql("select count(*) from examenresultaat where instellingsnummer = :instelling"
                + " and bsn in (:bsns)").param("instelling", INSTELLING).param("bsns", bsns).query(Long.class)
                .single()).as("een rij per uitslag, ook na de herlevering").isEqualTo(POLL + 1);
        // the inbox row; the person's lock, "a cursist of this instelling" (before the Logboek: nothing is recorded
        // for someone else), the Logboek record; the uitslag inserted unless the instelling has it already, in one
        // statement. Was 6 alone, 30 in a poll, 5 for a herlevering: a check and then the INSERT (issue 17).
        SoftAssertions.assertSoftly(s -> {
            s.assertThat(los.aantal()).as("alleen: " + los).isEqualTo(5);
            s.assertThat(poll.aantal()).as("in een poll van " + POLL + ": " + poll).isEqualTo(POLL * 5);
            s.assertThat(herlevering.aantal()).as("herleverd: " + herlevering).isEqualTo(5);
            s.assertThat(poll.commits()).isEqualTo(1);
            s.assertThat(los.commits()).isEqualTo(1);
        });
    }

    /** The listener's own method, as its container calls it with a poll of DUO's #13 for this instelling. */
    private void geef(List<String> bsns, Examenuitslag uitslag) {
        List<ConsumerRecord<String, byte[]>> records = bsns.stream().map(bsn -> Ontvangen.record(ContractEvents
                .examenresultaatVastgesteld().setBsn(bsn).setGemeentecode(AMSTERDAM)
                .setInstellingsnummers(List.of(INSTELLING)).setUitslag(uitslag).build(), "sleutel-" + bsn,
                new Afnemer(Ketenpartner.INSTELLING, INSTELLING))).toList();
        ReflectionTestUtils.invokeMethod(context.getBean(ClassUtils.resolveClassName(LISTENER,
                getClass().getClassLoader())), "ontvang", records);
    }
}
