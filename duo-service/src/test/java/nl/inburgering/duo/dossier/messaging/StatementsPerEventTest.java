package nl.inburgering.duo.dossier.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;

import nl.inburgering.contracts.common.SoortWijzigingVerblijfsrecht;
import nl.inburgering.contracts.common.Verblijfsdoel;
import nl.inburgering.contracts.testdata.ContractEvents;
import nl.inburgering.duo.dossier.persistence.InburgeringsplichtEntity.Status;
import nl.inburgering.duo.dossier.persistence.InburgeringsplichtRepository;
import nl.inburgering.platform.test.KetenTestInfrastructuur;
import nl.inburgering.platform.test.Ontvangen;
import nl.inburgering.platform.test.Statementteller;
import nl.inburgering.platform.test.TestBsn;

/**
 * What DUO sends to PostgreSQL per event on its busiest deliveries (issue 17): IND's #1 Verblijfsdoelen of a plichtige
 * and #2 the end of his verblijfsrecht, handed to the listener as the container would, in a poll of several records
 * (one transaction, decision 0043) and alone. A count, not a timing: a change that adds a query to every event fails
 * here and has to say why.
 */
@SpringBootTest(properties = "spring.config.name=duo-service")
@ContextConfiguration(initializers = KetenTestInfrastructuur.class)
@Import(Statementteller.Configuratie.class)
@DirtiesContext
class StatementsPerEventTest {

    private static final int POLL = 5;
    private static final String GEMEENTE = "0344";

    @Autowired
    VerblijfsdoelenListener verblijfsdoelen;
    @Autowired
    VerblijfsrechtGewijzigdListener verblijfsrecht;
    @Autowired
    InburgeringsplichtRepository plichten;

    @Test
    void verblijfsdoelen_van_een_plichtige_kosten_per_event_een_vast_aantal_statements() {
        List<String> bsns = personen(POLL);
        var poll = Statementteller.tel(() -> verblijfsdoelen.ontvang(bsns.stream().map(this::verblijfsdoelen).toList()));
        String alleen = TestBsn.nieuw();
        var los = Statementteller.tel(() -> verblijfsdoelen.ontvang(List.of(verblijfsdoelen(alleen))));

        assertThat(bsns).allSatisfy(bsn -> assertThat(plichten.findById(bsn)).get()
                .extracting(p -> p.getStatus()).isEqualTo(Status.PLICHTIG));
        // Alone, 18: the inbox row; the person's lock, "is he known", the Logboek record of the vaststelling, the
        // plichthistorie, the register of ambtshalve vrijstellingen, "a klaargezette toets already", #3 in the outbox;
        // for the toets's melding its Logboek record (the transaction holds the lock already), #6 in the outbox;
        // "ten weeks already planned"; for the AOW's deadlines (before commit) their Logboek record; at the flush the
        // toets, the ten-weeks deadline, the plicht, the toets gemeld (an UPDATE), the unfired AOW deadlines deleted
        // and the two new ones in one batch. In a poll the persistence context is cleared after each record, so the
        // AOW's planning reads the plicht once more: 19 per event. Was 24 alone and 25 in a poll; 20 and 21 before
        // Persoonsvergrendeling remembered the locks a transaction holds (issue 17).
        assertThat(los.aantal()).as(los.toString()).isEqualTo(18);
        assertThat(poll.aantal()).as(poll.toString()).isEqualTo(POLL * 19);
        assertThat(poll.commits()).isEqualTo(1);
        assertThat(los.commits()).isEqualTo(1);
    }

    @Test
    void het_einde_van_het_verblijfsrecht_kost_per_event_een_vast_aantal_statements() {
        List<String> bsns = personen(POLL + 1);
        verblijfsdoelen.ontvang(bsns.stream().map(this::verblijfsdoelen).toList());

        var poll = Statementteller.tel(() -> verblijfsrecht.ontvang(bsns.subList(0, POLL).stream()
                .map(StatementsPerEventTest::verblijfsrechtBeeindigd).toList()));
        var los = Statementteller.tel(() -> verblijfsrecht.ontvang(List.of(verblijfsrechtBeeindigd(bsns.get(POLL)))));

        assertThat(bsns).allSatisfy(bsn -> assertThat(plichten.findById(bsn)).get()
                .extracting(p -> p.getStatus()).isEqualTo(Status.NIET_PLICHTIG));
        // the inbox row; lock, the plicht read once, Logboek; for the beëindiging Logboek again (the lock is held),
        // the plichthistorie, #3 beëindigd in the outbox, a toegekende lening?; at the flush the plicht, then the
        // unfired deadlines deleted. Was 13, then 11 before the lock was remembered (issue 17).
        assertThat(los.aantal()).as(los.toString()).isEqualTo(10);
        assertThat(poll.aantal()).as(poll.toString()).isEqualTo(POLL * 10);
        assertThat(poll.commits()).isEqualTo(1);
    }

    private static List<String> personen(int aantal) {
        return IntStream.range(0, aantal).mapToObj(i -> TestBsn.nieuw()).toList();
    }

    private ConsumerRecord<String, byte[]> verblijfsdoelen(String bsn) {
        return Ontvangen.record(ContractEvents.verblijfsdoelDoorgegeven().setBsn(bsn)
                .setVerblijfsdoel(Verblijfsdoel.GEZINSVORMING).setIngangsdatumVerblijfsrecht(LocalDate.of(2026, 9, 1))
                .setGemeentecodeInschrijving(GEMEENTE).setDatumInschrijving(LocalDate.of(2026, 9, 14)).build(),
                "sleutel-" + bsn);
    }

    private static ConsumerRecord<String, byte[]> verblijfsrechtBeeindigd(String bsn) {
        return Ontvangen.record(ContractEvents.verblijfsrechtGewijzigd().setBsn(bsn)
                .setSoortWijziging(SoortWijzigingVerblijfsrecht.VERBLIJFSRECHT_BEEINDIGD)
                .setVorigVerblijfsdoel(Verblijfsdoel.GEZINSVORMING).setNieuwVerblijfsdoel(null)
                .setIngangsdatumWijziging(LocalDate.of(2026, 11, 1)).setGemeentecodeInschrijving(GEMEENTE).build(),
                "sleutel-" + bsn);
    }
}
