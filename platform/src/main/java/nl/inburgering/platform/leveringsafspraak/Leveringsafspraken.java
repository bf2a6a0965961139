package nl.inburgering.platform.leveringsafspraak;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;

import nl.inburgering.contracts.Ketenpartner;
import nl.inburgering.contracts.Topic;
import nl.inburgering.contracts.TopicCatalogue;

/**
 * How this service kept and was kept to the delivery agreements of §14.3 (issue 16 part 3, decision 0042), per
 * stelseldienst and per partner pair (leverancier, afnemer):
 * <ul>
 * <li>as consumer, the events it applied on time ({@code ontvangen_op <= uiterlijk_op}) and late, from its inbox;</li>
 * <li>as consumer, the events it dead-lettered and has not (yet) applied while their deadline passed: open;</li>
 * <li>as producer, the rows of its outbox still unpublished past their deadline.</li>
 * </ul>
 * Counts per topic only: no person, no BSN, no event id leaves this class. Events without a deadline (older producers,
 * agreements without a computable deadline) are not counted.
 */
public class Leveringsafspraken {

    /**
     * The CloudEvents extension with the delivery deadline of the stelseldienst (RFC 3339, UTC), set by the producer's
     * relay from {@code outbox_event.uiterlijk_op}; absent when the agreement has no computable deadline.
     */
    public static final String UITERLIJK_OP = "uiterlijkop";

    private static final Logger log = LoggerFactory.getLogger(Leveringsafspraken.class);
    private static final Instant ALTIJD_VANAF = Instant.parse("1970-01-01T00:00:00Z");
    private static final Instant ALTIJD_TOT = Instant.parse("9999-01-01T00:00:00Z");

    /** What became of a delivery, judged against its deadline. */
    public enum Uitkomst {
        /** Applied by the consumer no later than its deadline. */
        OP_TIJD,
        /** Applied by the consumer after its deadline. */
        TE_LAAT,
        /** Dead-lettered by the consumer, not (yet) applied, and its deadline has passed. */
        OPEN,
        /** Still in the producer's outbox, unpublished, and its deadline has passed. */
        NIET_VERSTUURD;

        /** The metric tag value: {@code op_tijd}, {@code te_laat}, ... */
        public String tag() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * One count.
     *
     * @param stelseldienst the stelseldienst's name in the topic catalogue ({@code duo.inburgeringsplicht.v1}), or the
     *                      topic itself when the catalogue does not know it
     * @param nummer        its number in §14.3, or null (BRP-bijhouding, the lening)
     * @param titel         its title
     * @param leverancier   the producing partner ({@code duo})
     * @param afnemer       the recipient ({@code gemeente-0363}, {@code coa}); for a producer's single topic, every
     *                      consumer joined by {@code +}
     * @param afspraak      the agreement's text in §14.3
     */
    public record Telling(String stelseldienst, Integer nummer, String titel, String leverancier, String afnemer,
            Uitkomst uitkomst, long aantal, String afspraak) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Ketenpartner partner;

    /** @param partner the partner this service is, the afnemer of what it reads from a single topic */
    public Leveringsafspraken(JdbcClient jdbc, Clock clock, Ketenpartner partner) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.partner = partner;
    }

    /** The deadline in an {@code uiterlijkop} value; empty when absent or unreadable (the event still flows). */
    public static Optional<Instant> uiterlijkOp(Object waarde) {
        if (waarde == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(OffsetDateTime.parse(waarde.toString()).toInstant());
        } catch (DateTimeParseException e) {
            log.debug("CloudEvents-extensie {} is geen RFC 3339-tijdstip; de levering wordt niet beoordeeld",
                    UITERLIJK_OP);
            return Optional.empty();
        }
    }

    /**
     * Records that this consumer dead-lettered {@code record}: until it is applied, it counts as open once its
     * deadline passed. Called by the Kafka error handler; a record without CloudEvents id or deadline is not recorded.
     */
    public void deadLetter(ConsumerRecord<?, ?> record) {
        String id = header(record, "ce_id");
        String source = header(record, "ce_source");
        Optional<Instant> uiterlijk = uiterlijkOp(header(record, "ce_" + UITERLIJK_OP));
        if (id == null || source == null || uiterlijk.isEmpty()) {
            return;
        }
        try {
            jdbc.sql("""
                    insert into dead_letter_termijn (source, id, topic, uiterlijk_op, dead_letter_op)
                    values (:source, :id, :topic, :uiterlijk, :nu) on conflict do nothing""")
                    .param("source", source).param("id", id).param("topic", record.topic())
                    .param("uiterlijk", Timestamp.from(uiterlijk.get()))
                    .param("nu", Timestamp.from(clock.instant())).update();
        } catch (RuntimeException e) {
            log.warn("Dead letter van {} niet vastgelegd voor de leveringsafspraken: {}", record.topic(),
                    e.getClass().getSimpleName());
        }
    }

    /** Every count this service holds (within the bewaartermijn of its inbox and outbox). */
    public List<Telling> tellingen() {
        return tellingen(ALTIJD_VANAF, ALTIJD_TOT);
    }

    /**
     * The counts of the period {@code [vanaf, tot)}: applied events by the moment they were applied, open and unsent
     * ones by their deadline (which has passed now).
     */
    public List<Telling> tellingen(Instant vanaf, Instant tot) {
        Timestamp van = Timestamp.from(vanaf);
        Timestamp totEnMet = Timestamp.from(tot);
        Timestamp nu = Timestamp.from(clock.instant());
        List<Telling> tellingen = new ArrayList<>();
        jdbc.sql("""
                select topic, count(*) filter (where ontvangen_op <= uiterlijk_op),
                       count(*) filter (where ontvangen_op > uiterlijk_op)
                from inbox_event
                where uiterlijk_op is not null and ontvangen_op >= :vanaf and ontvangen_op < :tot
                group by topic""").param("vanaf", van).param("tot", totEnMet)
                .query((rs, i) -> {
                    tellingen.add(telling(rs.getString(1), true, Uitkomst.OP_TIJD, rs.getLong(2)));
                    tellingen.add(telling(rs.getString(1), true, Uitkomst.TE_LAAT, rs.getLong(3)));
                    return null;
                }).list();
        jdbc.sql("""
                select d.topic, count(*) from dead_letter_termijn d
                where d.uiterlijk_op < :nu and d.uiterlijk_op >= :vanaf and d.uiterlijk_op < :tot
                  and not exists (select 1 from inbox_event i where i.source = d.source and i.id = d.id)
                group by d.topic""").param("nu", nu).param("vanaf", van).param("tot", totEnMet)
                .query((rs, i) -> tellingen.add(telling(rs.getString(1), true, Uitkomst.OPEN, rs.getLong(2))))
                .list();
        jdbc.sql("""
                select topic, count(*) from outbox_event
                where gepubliceerd_op is null and uiterlijk_op < :nu and uiterlijk_op >= :vanaf and uiterlijk_op < :tot
                group by topic""").param("nu", nu).param("vanaf", van).param("tot", totEnMet)
                .query((rs, i) -> tellingen.add(telling(rs.getString(1), false, Uitkomst.NIET_VERSTUURD,
                        rs.getLong(2))))
                .list();
        // several topics of one pair (a replayed topic name, an unknown one) fold into one count
        Map<List<Object>, Telling> samen = new TreeMap<>(Comparator.comparing(Object::toString));
        for (Telling t : tellingen) {
            if (t.aantal() == 0) {
                continue;
            }
            List<Object> sleutel = List.of(t.stelseldienst(), t.leverancier(), t.afnemer(), t.uitkomst());
            samen.merge(sleutel, t, (a, b) -> new Telling(a.stelseldienst(), a.nummer(), a.titel(), a.leverancier(),
                    a.afnemer(), a.uitkomst(), a.aantal() + b.aantal(), a.afspraak()));
        }
        return List.copyOf(samen.values());
    }

    private Telling telling(String topic, boolean alsAfnemer, Uitkomst uitkomst, long aantal) {
        Topic catalogus;
        try {
            catalogus = TopicCatalogue.byName(topic);
        } catch (IllegalArgumentException onbekend) {
            return new Telling(topic, null, topic, "onbekend", alsAfnemer ? naam(partner) : "onbekend", uitkomst,
                    aantal, "onbekend");
        }
        String afnemer = catalogus.afnemerVan(topic).map(a -> a.naam())
                .orElseGet(() -> alsAfnemer ? naam(partner)
                        : catalogus.consumers().stream().map(Leveringsafspraken::naam).sorted()
                                .collect(Collectors.joining("+")));
        return new Telling(catalogus.name(), catalogus.stelseldienst(), catalogus.titel(),
                naam(catalogus.producer()), afnemer, uitkomst, aantal, catalogus.leveringsafspraak().omschrijving());
    }

    private static String naam(Ketenpartner partner) {
        return partner.name().toLowerCase(Locale.ROOT);
    }

    private static String header(ConsumerRecord<?, ?> record, String naam) {
        Header header = record.headers().lastHeader(naam);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
