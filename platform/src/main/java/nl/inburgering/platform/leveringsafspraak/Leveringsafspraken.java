package nl.inburgering.platform.leveringsafspraak;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
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

    /**
     * How long a transaction that applies an event may take at most, in real time, before the row it wrote to the
     * inbox is committed: the running totals of {@link #lopendeTellingen()} take in only rows older than this.
     * Longer than any unit of work can live (statement_timeout 120 s, idle_in_transaction_session_timeout 300 s).
     */
    public static final Duration STANDAARD_MARGE = Duration.ofMinutes(15);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Ketenpartner partner;
    private final Duration marge;

    /** @param partner the partner this service is, the afnemer of what it reads from a single topic */
    public Leveringsafspraken(JdbcClient jdbc, Clock clock, Ketenpartner partner) {
        this(jdbc, clock, partner, STANDAARD_MARGE);
    }

    /**
     * @param marge how long, in real time, a row may be written to the inbox before it is committed (see
     *              {@link #STANDAARD_MARGE}); shorter only in tests
     */
    public Leveringsafspraken(JdbcClient jdbc, Clock clock, Ketenpartner partner, Duration marge) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.partner = partner;
        this.marge = marge;
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
        openEnNietVerstuurd(tellingen, van, totEnMet);
        return samengevoegd(tellingen);
    }

    /** The applied events on time and late of one topic: a running total. */
    private static final class Stand {
        long opTijd;
        long teLaat;

        void tel(long opTijd, long teLaat) {
            this.opTijd += opTijd;
            this.teLaat += teLaat;
        }
    }

    /** A reading of the clock, with the real (monotonic) time it was taken. */
    private record Peiling(long nanos, Instant klok) {
    }

    /** Running totals of the inbox rows before {@link #watermerk}, per UTC day of ontvangen_op and per topic. */
    private final Map<LocalDate, Map<String, Stand>> afgesloten = new TreeMap<>();
    private final Deque<Peiling> peilingen = new ArrayDeque<>();
    private Instant watermerk = ALTIJD_VANAF;
    private Instant oudste;

    /**
     * The same as {@link #tellingen()}, for the gauge that reads it every few seconds (issue 17, decision 0045):
     * instead of counting the whole inbox each time, it keeps running totals of the rows up to a watermark in memory
     * and counts only the rows since, on the index {@code inbox_event_leveringen}. The watermark lags the clock by
     * {@link #STANDAARD_MARGE} of real time, so a row whose transaction was still open is counted once it commits;
     * a clock set back (the movable clock of the local chain) starts the totals afresh, and rows the retention job
     * removed from the old end (by {@code ontvangen_op}) are taken out by recounting their oldest day.
     */
    public synchronized List<Telling> lopendeTellingen() {
        Instant nu = clock.instant();
        long nanos = System.nanoTime();
        if (nu.isBefore(watermerk)) {
            beginOpnieuw();
        }
        Instant eerste = jdbc.sql("select min(ontvangen_op) from inbox_event where uiterlijk_op is not null")
                .query(Timestamp.class).optional().map(Timestamp::toInstant).orElse(null);
        if (oudste != null && (eerste == null || eerste.isAfter(oudste))) {
            verwijderdeRijenEraf(eerste);
        }
        oudste = eerste;
        peilingen.addLast(new Peiling(nanos, nu));
        Instant nieuw = null;
        while (!peilingen.isEmpty() && nanos - peilingen.peekFirst().nanos() >= marge.toNanos()) {
            nieuw = peilingen.pollFirst().klok();
        }
        if (nieuw != null && nieuw.isAfter(watermerk)) {
            telAf(watermerk, nieuw);
            watermerk = nieuw;
        }
        Map<String, Stand> totaal = new HashMap<>();
        afgesloten.values().forEach(dag -> dag.forEach((topic, stand) -> totaal
                .computeIfAbsent(topic, t -> new Stand()).tel(stand.opTijd, stand.teLaat)));
        jdbc.sql("""
                select topic, count(*) filter (where ontvangen_op <= uiterlijk_op),
                       count(*) filter (where ontvangen_op > uiterlijk_op)
                from inbox_event
                where uiterlijk_op is not null and ontvangen_op >= :vanaf
                group by topic""").param("vanaf", Timestamp.from(watermerk))
                .query((rs, i) -> {
                    totaal.computeIfAbsent(rs.getString(1), t -> new Stand()).tel(rs.getLong(2), rs.getLong(3));
                    return null;
                }).list();
        List<Telling> tellingen = new ArrayList<>();
        totaal.forEach((topic, stand) -> {
            tellingen.add(telling(topic, true, Uitkomst.OP_TIJD, stand.opTijd));
            tellingen.add(telling(topic, true, Uitkomst.TE_LAAT, stand.teLaat));
        });
        openEnNietVerstuurd(tellingen, Timestamp.from(ALTIJD_VANAF), Timestamp.from(ALTIJD_TOT));
        return samengevoegd(tellingen);
    }

    private void beginOpnieuw() {
        afgesloten.clear();
        peilingen.clear();
        watermerk = ALTIJD_VANAF;
        oudste = null;
    }

    /** Adds the inbox rows of {@code [van, tot)} to the running totals. */
    private void telAf(Instant van, Instant tot) {
        jdbc.sql("""
                select topic, cast(ontvangen_op at time zone 'UTC' as date),
                       count(*) filter (where ontvangen_op <= uiterlijk_op),
                       count(*) filter (where ontvangen_op > uiterlijk_op)
                from inbox_event
                where uiterlijk_op is not null and ontvangen_op >= :van and ontvangen_op < :tot
                group by 1, 2""").param("van", Timestamp.from(van)).param("tot", Timestamp.from(tot))
                .query((rs, i) -> {
                    afgesloten.computeIfAbsent(rs.getObject(2, LocalDate.class), d -> new HashMap<>())
                            .computeIfAbsent(rs.getString(1), t -> new Stand()).tel(rs.getLong(3), rs.getLong(4));
                    return null;
                }).list();
    }

    /**
     * Rows before {@code eerste} (the oldest row left; null: none) were removed: drops the days before it and
     * recounts its own day up to the watermark.
     */
    private void verwijderdeRijenEraf(Instant eerste) {
        if (eerste == null) {
            afgesloten.clear();
            return;
        }
        LocalDate dag = LocalDate.ofInstant(eerste, java.time.ZoneOffset.UTC);
        afgesloten.keySet().removeIf(d -> !d.isAfter(dag));
        Instant begin = dag.atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
        Instant einde = begin.plus(Duration.ofDays(1));
        if (begin.isBefore(watermerk)) {
            telAf(begin, einde.isBefore(watermerk) ? einde : watermerk);
        }
    }

    private void openEnNietVerstuurd(List<Telling> tellingen, Timestamp van, Timestamp totEnMet) {
        Timestamp nu = Timestamp.from(clock.instant());
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
    }

    /** Several topics of one pair (a replayed topic name, an unknown one) fold into one count; zeros are left out. */
    private static List<Telling> samengevoegd(List<Telling> tellingen) {
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
