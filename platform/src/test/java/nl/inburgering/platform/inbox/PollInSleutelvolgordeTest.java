package nl.inburgering.platform.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class PollInSleutelvolgordeTest {

    private static final String PERSOON_A = "0a3f";
    private static final String PERSOON_B = "7c21";
    private static final String PERSOON_C = "e90b";

    @Test
    void een_poll_neemt_zijn_personen_in_sleutelvolgorde_en_de_feiten_van_een_persoon_in_offsetvolgorde() {
        List<ConsumerRecord<String, byte[]>> poll = List.of(record(0, 10, PERSOON_C), record(1, 4, PERSOON_A),
                record(0, 11, PERSOON_B), record(0, 12, PERSOON_C), record(1, 5, PERSOON_A), record(2, 7, PERSOON_B));

        List<String> toegepast = EventInbox.inSleutelvolgorde(poll).stream()
                .map(r -> r.key() + "@" + r.partition() + ":" + r.offset()).toList();

        assertThat(toegepast).containsExactly(PERSOON_A + "@1:4", PERSOON_A + "@1:5", PERSOON_B + "@0:11",
                PERSOON_B + "@2:7", PERSOON_C + "@0:10", PERSOON_C + "@0:12");
    }

    @Test
    void twee_polls_met_dezelfde_personen_in_andere_volgorde_nemen_hun_sloten_in_dezelfde_volgorde() {
        List<ConsumerRecord<String, byte[]>> eerste = List.of(record(0, 1, PERSOON_B), record(0, 2, PERSOON_A));
        List<ConsumerRecord<String, byte[]>> tweede = List.of(record(1, 1, PERSOON_A), record(1, 2, PERSOON_B));

        assertThat(EventInbox.inSleutelvolgorde(eerste).stream().map(ConsumerRecord::key))
                .containsExactlyElementsOf(EventInbox.inSleutelvolgorde(tweede).stream().map(ConsumerRecord::key)
                        .toList());
    }

    @Test
    void een_event_zonder_sleutel_komt_voor_de_personen_en_laat_de_poll_heel() {
        List<ConsumerRecord<String, byte[]>> poll = List.of(record(0, 1, PERSOON_B), record(0, 2, null),
                record(0, 3, PERSOON_A));

        assertThat(EventInbox.inSleutelvolgorde(poll)).extracting(ConsumerRecord::offset).containsExactly(2L, 3L, 1L);
    }

    private static ConsumerRecord<String, byte[]> record(int partitie, long offset, String sleutel) {
        return new ConsumerRecord<>("duo.inburgeringsplicht.v1", partitie, offset, sleutel, new byte[0]);
    }
}
