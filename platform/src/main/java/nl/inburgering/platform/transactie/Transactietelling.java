package nl.inburgering.platform.transactie;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

import org.springframework.transaction.TransactionExecution;
import org.springframework.transaction.TransactionExecutionListener;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

/**
 * Counts every Spring-managed transaction this service ends, per source (issue 17, decision 0052): the benchmark
 * measures the chain's commits in PostgreSQL but cannot tell where they come from; this can. The source is the
 * transaction's name: {@code Class.method} for an {@code @Transactional} method (Spring's own naming), the name a
 * {@link org.springframework.transaction.support.TransactionTemplate}'s owner gave it ({@link Transactiesjablonen}),
 * {@value #NAAMLOOS} for one without.
 *
 * <p>Only a new (outermost) transaction counts: a method that joins the caller's ({@code REQUIRED}) or opens a
 * savepoint ({@code NESTED}) ends nothing in the database, and Spring calls a listener only for transactions it
 * begins or ends itself; {@link TransactionExecution#isNewTransaction()} is checked anyway, so a participation is
 * never counted twice. {@code REQUIRES_NEW} begins a transaction of its own and is counted under its own name.
 *
 * <p>Always on: one map look-up and one {@link LongAdder} increment against the round trip of a commit. The
 * sources are bounded by the code (method and template names, the inbox's topics), never by data. The counts are
 * also {@value #METER}{@code {bron, alleenLezen, uitkomst}} for Prometheus, once a registry binds this.
 *
 * <p>{@code alleenLezen} is what the transaction declared ({@code readOnly}), not whether it wrote; an empty
 * transaction (no statement) counts here but PostgreSQL sees no transaction at all.
 */
public final class Transactietelling implements TransactionExecutionListener, MeterBinder {

    public static final String METER = "keten.transacties";
    /** The source of a transaction begun without a name: a TransactionTemplate nobody named. */
    public static final String NAAMLOOS = "(naamloos)";

    /** How the transaction ended. */
    public enum Uitkomst {
        COMMIT, ROLLBACK,
        /** The commit or the rollback itself failed (the connection broke, the commit was refused). */
        MISLUKT;

        String tag() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** One counted combination; {@code aantal} the transactions so far. */
    public record Stand(String bron, boolean alleenLezen, Uitkomst uitkomst, long aantal) {
    }

    private record Sleutel(String bron, boolean alleenLezen, Uitkomst uitkomst) {
    }

    private final ConcurrentHashMap<Sleutel, LongAdder> tellers = new ConcurrentHashMap<>();
    private volatile MeterRegistry registry;

    @Override
    public void afterCommit(TransactionExecution transactie, Throwable fout) {
        tel(transactie, fout == null ? Uitkomst.COMMIT : Uitkomst.MISLUKT);
    }

    @Override
    public void afterRollback(TransactionExecution transactie, Throwable fout) {
        tel(transactie, fout == null ? Uitkomst.ROLLBACK : Uitkomst.MISLUKT);
    }

    private void tel(TransactionExecution transactie, Uitkomst uitkomst) {
        if (!transactie.isNewTransaction()) {
            return;
        }
        String naam = transactie.getTransactionName();
        Sleutel sleutel = new Sleutel(naam == null || naam.isEmpty() ? NAAMLOOS : naam, transactie.isReadOnly(),
                uitkomst);
        LongAdder teller = tellers.get(sleutel);
        if (teller == null) {
            teller = tellers.computeIfAbsent(sleutel, s -> new LongAdder());
            MeterRegistry r = registry;
            if (r != null) {
                registreer(r, sleutel, teller);
            }
        }
        teller.increment();
    }

    /** The counts so far, the largest first. */
    public List<Stand> stand() {
        List<Stand> stand = new ArrayList<>();
        tellers.forEach((s, n) -> stand.add(new Stand(s.bron(), s.alleenLezen(), s.uitkomst(), n.sum())));
        stand.sort(Comparator.comparingLong(Stand::aantal).reversed().thenComparing(Stand::bron));
        return stand;
    }

    /** The transactions that ended with {@code uitkomst} under {@code bron}, read-only or not. */
    public long aantal(String bron, Uitkomst uitkomst) {
        long n = 0;
        for (boolean alleenLezen : new boolean[] { false, true }) {
            LongAdder teller = tellers.get(new Sleutel(bron, alleenLezen, uitkomst));
            n += teller == null ? 0 : teller.sum();
        }
        return n;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        this.registry = registry;
        // the sources counted before the registry came (start-up); a source that comes later registers itself, and
        // one that does both at once is registered twice, which the registry answers with the same meter
        tellers.forEach((s, n) -> registreer(registry, s, n));
    }

    private static void registreer(MeterRegistry registry, Sleutel sleutel, LongAdder teller) {
        FunctionCounter.builder(METER, teller, LongAdder::sum)
                .description("Spring-managed transactions this service ended, per source (the transaction's name)")
                .tag("bron", sleutel.bron())
                .tag("alleenLezen", Boolean.toString(sleutel.alleenLezen()))
                .tag("uitkomst", sleutel.uitkomst().tag())
                .register(registry);
    }
}
