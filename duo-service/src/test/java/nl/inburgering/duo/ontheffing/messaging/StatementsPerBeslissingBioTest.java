package nl.inburgering.duo.ontheffing.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;

import nl.inburgering.contracts.common.AanvraagOordeel;
import nl.inburgering.contracts.testdata.ContractEvents;
import nl.inburgering.duo.Testopbouw;
import nl.inburgering.duo.dossier.api.Dossiers;
import nl.inburgering.duo.ontheffing.application.BioAanvragen;
import nl.inburgering.platform.bsn.Bsn;
import nl.inburgering.platform.test.KetenTestInfrastructuur;
import nl.inburgering.platform.test.Ontvangen;
import nl.inburgering.platform.test.Statementteller;

/**
 * What DUO sends to PostgreSQL per #21 (SZW's toekenning of a BIO ontheffing, which ends the plicht), handed to the
 * listener in a poll and alone; see {@code StatementsPerEventTest} for #1 and #2.
 */
@SpringBootTest(properties = "spring.config.name=duo-service")
@ContextConfiguration(initializers = KetenTestInfrastructuur.class)
@Import(Statementteller.Configuratie.class)
@DirtiesContext
class StatementsPerBeslissingBioTest {

    private static final int POLL = 5;

    @Autowired
    BeslissingBioListener listener;
    @Autowired
    BioAanvragen bio;
    @Autowired
    Testopbouw opbouw;
    @Autowired
    Dossiers dossiers;

    @Test
    void een_toekenning_van_SZW_kost_per_event_een_vast_aantal_statements() {
        LocalDate vandaag = LocalDate.now();
        List<String[]> bijSzw = IntStream.range(0, POLL + 1).mapToObj(i -> {
            String bsn = opbouw.plichtigeGezinsmigrant("0363", vandaag.minusMonths(6));
            UUID kenmerk = bio.aanvragen(Bsn.of(bsn), vandaag, "Positief.", vandaag, false, "Aanvraag.", "test").id();
            bio.naarSzw(kenmerk, "Compleet.", "test");
            return new String[] {bsn, kenmerk.toString()};
        }).toList();

        var poll = Statementteller.tel(() -> listener.beslist(bijSzw.subList(0, POLL).stream()
                .map(StatementsPerBeslissingBioTest::toekenning).toList()));
        var los = Statementteller.tel(() -> listener.beslist(List.of(toekenning(bijSzw.get(POLL)))));

        assertThat(bijSzw).allSatisfy(p -> assertThat(dossiers.dossier(Bsn.of(p[0]))).get()
                .matches(d -> !d.isPlichtig()));
        // the inbox row; lock, the aanvraag read once under it, Logboek, the dossier's gemeente, the processtap, #12
        // in the outbox; for the beëindiging Logboek again (the lock is held), the plichthistorie, #3 beëindigd in the
        // outbox, a toegekende lening?; at the flush the plicht and the aanvraag, then the unfired deadlines deleted.
        // Was 17: the aanvraag was read before the lock and refreshed after it; 15 before the lock was remembered
        // (issue 17).
        assertThat(los.aantal()).as(los.toString()).isEqualTo(14);
        assertThat(poll.aantal()).as(poll.toString()).isEqualTo(POLL * 14);
        assertThat(poll.commits()).isEqualTo(1);
    }

    private static ConsumerRecord<String, byte[]> toekenning(String[] bijSzw) {
        return Ontvangen.record(ContractEvents.beslissingBioGenomen().setBsn(bijSzw[0]).setDossierkenmerk(bijSzw[1])
                .setOordeel(AanvraagOordeel.TOEKENNING).setDatumBeslissing(LocalDate.now()).build(), bijSzw[0]);
    }
}
