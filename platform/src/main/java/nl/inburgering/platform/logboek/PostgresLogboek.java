package nl.inburgering.platform.logboek;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.TraceContext;
import io.micrometer.tracing.Tracer;
import nl.inburgering.platform.events.Pseudoniem;
import nl.inburgering.platform.logboek.Verwerkingsrecord.Status;
import nl.inburgering.platform.security.KetenGebruiker;
import nl.inburgering.platform.transactie.Transactiesjablonen;

/**
 * The {@link Logboek} in the service's own PostgreSQL database (table {@code logboek_dataverwerking}).
 *
 * <p><b>Transactions.</b> In a transaction the records are written in it, so they commit with the
 * change or read they record and roll back with it. That includes a read-only transaction: the platform
 * lets its connection write ({@code readOnlyMode=ignore} for the PostgreSQL driver, platform-defaults.yml;
 * Hibernate still flushes nothing in it), so a read holds one pool connection and never waits for a second
 * one while holding the first (issue 11, item 21: that exhausted the pool at 16 concurrent readers).
 * Outside a transaction they are written at once in a transaction of their own. Either way a failed write
 * throws, and the caller's work fails with it: a read whose record cannot be written returns no data.
 *
 * <p><b>Status.</b> A record is written {@code OK}. When the surrounding transaction rolls back, the
 * {@code OK} record is gone with it and an {@code ERROR} record of the same action is written in its own
 * transaction. So an {@code OK} record always belongs to work that completed, and an attempt that failed
 * leaves an {@code ERROR} record (best effort: the work has failed already, so a failure to write that
 * record is only logged). Work outside any transaction cannot be followed to its end; its records stay
 * {@code OK}.
 *
 * <p><b>Trace.</b> The trace id and span id are those of the current span (the HTTP request, the Kafka
 * listener, the scheduled task); without one the logboek starts a span named after the activity. Only
 * the activity id goes into that span: never the BSN or its pseudonym.
 */
public class PostgresLogboek implements Logboek {

    static final String BETROKKENE_TYPE = "BSN";
    private static final Logger log = LoggerFactory.getLogger(PostgresLogboek.class);

    private final JdbcTemplate jdbcTemplate;
    private final JdbcClient jdbc;
    private final TransactionTemplate eigenTransactie;
    private final Pseudoniem pseudoniem;
    private final Tracer tracer;
    private final Clock clock;
    private final String eigenOin;
    private final String service;

    /**
     * @param eigenTransactie a template with {@code PROPAGATION_REQUIRES_NEW}
     * @param eigenOin        the OIN of this organisation ({@code keten.oin}), for work not done for a caller
     * @param service         this service ({@code keten.service})
     */
    public PostgresLogboek(JdbcTemplate jdbcTemplate, TransactionTemplate eigenTransactie, Pseudoniem pseudoniem,
            Tracer tracer, Clock clock, String eigenOin, String service) {
        this.jdbcTemplate = jdbcTemplate;
        this.jdbc = JdbcClient.create(jdbcTemplate);
        this.eigenTransactie = Transactiesjablonen.genaamd(eigenTransactie, Transactiesjablonen.LOGBOEK);
        this.pseudoniem = pseudoniem;
        this.tracer = tracer;
        this.clock = clock;
        this.eigenOin = Objects.requireNonNull(eigenOin, "keten.oin");
        this.service = Objects.requireNonNull(service, "keten.service");
    }

    @Override
    public void leg(Verwerkingsactiviteit activiteit, String bsn) {
        leg(activiteit, List.of(Objects.requireNonNull(bsn, "bsn")));
    }

    @Override
    public void leg(Verwerkingsactiviteit activiteit, Collection<String> bsns) {
        Objects.requireNonNull(activiteit, "activiteit");
        Set<String> betrokkenen = new LinkedHashSet<>();
        for (String bsn : bsns) {
            betrokkenen.add(pseudoniem.van(Objects.requireNonNull(bsn, "bsn")));
        }
        if (betrokkenen.isEmpty()) {
            return;
        }
        Instant start = clock.instant();
        Span huidig = tracer.currentSpan();
        if (huidig != null && heeftIds(huidig.context())) {
            schrijf(activiteit, betrokkenen, Actie.van(huidig.context(), start));
            return;
        }
        Span eigen = tracer.nextSpan().name(activiteit.naam())
                .tag("dpl.core.processing_activity_id", activiteit.id()).start();
        try (Tracer.SpanInScope scope = tracer.withSpan(eigen)) {
            schrijf(activiteit, betrokkenen, Actie.van(eigen.context(), start));
        } catch (RuntimeException e) {
            eigen.error(e);
            throw e;
        } finally {
            eigen.end();
        }
    }

    private void schrijf(Verwerkingsactiviteit activiteit, Set<String> betrokkenen, Actie actie) {
        Organisatie organisatie = organisatie();
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < betrokkenen.size(); i++) {
            ids.add(UUID.randomUUID());
        }
        // A read-only transaction too: its connection may write (the driver's readOnlyMode=ignore in
        // platform-defaults.yml), so a read holds one pool connection, not a second one for its record.
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            voegToe(ids, activiteit, betrokkenen, actie, organisatie, Status.OK, clock.instant());
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    if (status == STATUS_ROLLED_BACK) {
                        naAfgebroken(activiteit, () -> {
                            List<UUID> nieuw = new ArrayList<>();
                            betrokkenen.forEach(b -> nieuw.add(UUID.randomUUID()));
                            voegToe(nieuw, activiteit, betrokkenen, actie, organisatie, Status.ERROR, clock.instant());
                        });
                    }
                }
            });
        } else {
            eigenTransactie.executeWithoutResult(
                    s -> voegToe(ids, activiteit, betrokkenen, actie, organisatie, Status.OK, clock.instant()));
            if (TransactionSynchronizationManager.isSynchronizationActive()) {
                TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                    @Override
                    public void afterCompletion(int status) {
                        if (status == STATUS_ROLLED_BACK) {
                            naAfgebroken(activiteit, () -> jdbc.sql("""
                                    update logboek_dataverwerking set status_code = 'ERROR', end_time = :einde
                                    where id in (:ids)
                                    """).param("einde", Timestamp.from(clock.instant())).param("ids", ids).update());
                        }
                    }
                });
            }
        }
    }

    /** Records the failure of the surrounding work, in a transaction of its own. */
    private void naAfgebroken(Verwerkingsactiviteit activiteit, Runnable vastleggen) {
        try {
            eigenTransactie.executeWithoutResult(s -> vastleggen.run());
        } catch (RuntimeException e) {
            log.warn("Logboek: status ERROR voor verwerkingsactiviteit {} kon niet worden vastgelegd: {}",
                    activiteit.id(), e.getMessage());
        }
    }

    private void voegToe(List<UUID> ids, Verwerkingsactiviteit activiteit, Set<String> betrokkenen, Actie actie,
            Organisatie organisatie, Status status, Instant einde) {
        List<String> pseudoniemen = List.copyOf(betrokkenen);
        jdbcTemplate.batchUpdate("""
                insert into logboek_dataverwerking (id, trace_id, span_id, parent_span_id, processing_activity_id,
                    processing_activity_name, status_code, data_subject_id, data_subject_id_type, organisatie_oin,
                    gemeentecode, instellingsnummer, service, start_time, end_time)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, new BatchPreparedStatementSetter() {
            @Override
            public void setValues(PreparedStatement ps, int i) throws SQLException {
                ps.setObject(1, ids.get(i));
                ps.setString(2, actie.traceId());
                ps.setString(3, actie.spanId());
                ps.setString(4, actie.parentSpanId());
                ps.setString(5, activiteit.id());
                ps.setString(6, activiteit.naam());
                ps.setString(7, status.name());
                ps.setString(8, pseudoniemen.get(i));
                ps.setString(9, BETROKKENE_TYPE);
                ps.setString(10, organisatie.oin());
                ps.setString(11, organisatie.gemeentecode());
                ps.setString(12, organisatie.instellingsnummer());
                ps.setString(13, service);
                ps.setTimestamp(14, Timestamp.from(actie.start()));
                ps.setTimestamp(15, Timestamp.from(einde));
            }

            @Override
            public int getBatchSize() {
                return pseudoniemen.size();
            }
        });
    }

    /**
     * Who the processing is done for: the caller named in its access token, or this organisation itself
     * when there is no caller (a Kafka consumer, a scheduled job). A token without an organisation cannot
     * be accounted for, so it fails the work.
     */
    private Organisatie organisatie() {
        Authentication authenticatie = SecurityContextHolder.getContext().getAuthentication();
        if (authenticatie instanceof JwtAuthenticationToken) {
            Jwt token = ((JwtAuthenticationToken) authenticatie).getToken();
            String oin = token.getClaimAsString(KetenGebruiker.CLAIM_OIN);
            if (oin == null || oin.isBlank()) {
                throw new IllegalStateException("het access token noemt geen " + KetenGebruiker.CLAIM_OIN
                        + ": de verwerking kan niet worden toegerekend");
            }
            return new Organisatie(oin, token.getClaimAsString(KetenGebruiker.CLAIM_GEMEENTECODE),
                    token.getClaimAsString(KetenGebruiker.CLAIM_INSTELLINGSNUMMER));
        }
        return new Organisatie(eigenOin, null, null);
    }

    private static boolean heeftIds(TraceContext context) {
        return context != null && context.traceId() != null && !context.traceId().isEmpty()
                && context.spanId() != null && !context.spanId().isEmpty();
    }

    private record Organisatie(String oin, String gemeentecode, String instellingsnummer) {
    }

    /** The action being recorded: its place in the trace and when it started. */
    private record Actie(String traceId, String spanId, String parentSpanId, Instant start) {

        static Actie van(TraceContext context, Instant start) {
            if (!heeftIds(context)) {
                // No tracer (tracing switched off): ids of our own, so the record still has an action.
                ThreadLocalRandom random = ThreadLocalRandom.current();
                return new Actie(hex(random.nextLong(), 16) + hex(random.nextLong(), 16), hex(random.nextLong(), 16),
                        null, start);
            }
            String ouder = context.parentId();
            return new Actie(links(context.traceId(), 32), links(context.spanId(), 16),
                    ouder == null || ouder.isEmpty() ? null : links(ouder, 16), start);
        }

        /** W3C ids are fixed-width lowercase hex; a 64-bit trace id is left-padded with zeros. */
        private static String links(String id, int breedte) {
            String hex = id.toLowerCase(java.util.Locale.ROOT);
            return hex.length() >= breedte ? hex : "0".repeat(breedte - hex.length()) + hex;
        }

        private static String hex(long waarde, int breedte) {
            return links(Long.toHexString(waarde), breedte);
        }
    }
}
