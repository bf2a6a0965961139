package nl.inburgering.platform.time;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock that the local chain and the tests can move forward, so a termijn of weeks or years can be
 * demonstrated in seconds (architecture §5). One instance is shared by every service in the JVM, so moving
 * it moves the whole chain. Never used in production: only when {@code keten.klok.verschuifbaar=true}.
 * Services in JVMs of their own each have their own instance: {@link KlokController} lets a caller with a role
 * set its offset over HTTP.
 */
public final class VerschuifbareKlok extends Clock {

    /** The clock of every service in this JVM that runs with {@code keten.klok.verschuifbaar=true}. */
    public static final VerschuifbareKlok GEDEELD = new VerschuifbareKlok(Clock.system(ZoneId.of("Europe/Amsterdam")));

    private final Clock basis;
    private final AtomicReference<Duration> verschuiving = new AtomicReference<>(Duration.ZERO);

    private VerschuifbareKlok(Clock basis) {
        this.basis = basis;
    }

    /** A clock of its own, on the real time of the Netherlands (tests that must not move {@link #GEDEELD}). */
    public static VerschuifbareKlok nieuw() {
        return new VerschuifbareKlok(Clock.system(ZoneId.of("Europe/Amsterdam")));
    }

    /** Moves the clock forward (or back, with a negative duration). */
    public void verzet(Duration duur) {
        verschuiving.accumulateAndGet(duur, Duration::plus);
    }

    /** Sets the clock so that it now reads {@code moment}, and runs on from there. */
    public void zetOp(Instant moment) {
        verschuiving.set(Duration.between(basis.instant(), moment));
    }

    /**
     * Sets how far this clock runs ahead of the real time (negative: behind). Setting, not adding, so that
     * telling every service of a chain the same value moves them together, also when they share this instance.
     */
    public void zetVerschuiving(Duration verschuiving) {
        this.verschuiving.set(java.util.Objects.requireNonNull(verschuiving, "verschuiving"));
    }

    /** How far this clock runs ahead of the real time now. */
    public Duration verschuiving() {
        return verschuiving.get();
    }

    /** Back to the real time. */
    public void zetTerug() {
        verschuiving.set(Duration.ZERO);
    }

    @Override
    public Instant instant() {
        return basis.instant().plus(verschuiving.get());
    }

    @Override
    public ZoneId getZone() {
        return basis.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.offset(basis.withZone(zone), verschuiving.get());
    }
}
