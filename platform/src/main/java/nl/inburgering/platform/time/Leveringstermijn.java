package nl.inburgering.platform.time;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;

import nl.inburgering.contracts.Leveringsafspraak;

/**
 * Turns a delivery agreement of §14.3 into the moment by which the event must be delivered, counted
 * from the triggering signal: the end of the n-th werkdag (Algemene termijnenwet), of the n-th day, or of
 * the same day n months later. "Direct" means the same day. Agreements bound to a date or a moment
 * have no deadline that can be computed from the signal alone.
 */
public final class Leveringstermijn {

    private final WerkdagenKalender kalender;
    private final ZoneId zone;

    public Leveringstermijn(WerkdagenKalender kalender, Clock clock) {
        this.kalender = kalender;
        this.zone = clock.getZone();
    }

    public Optional<Instant> uiterlijk(Leveringsafspraak afspraak, Instant signaal) {
        LocalDate dag = signaal.atZone(zone).toLocalDate();
        LocalDate laatsteDag = switch (afspraak.soort()) {
            case DIRECT -> dag;
            case WERKDAGEN -> kalender.plusWerkdagen(dag, afspraak.aantal());
            case DAGEN -> kalender.verlengTotWerkdag(dag.plusDays(afspraak.aantal()));
            case MAANDEN -> kalender.verlengTotWerkdag(dag.plusMonths(afspraak.aantal()));
            default -> null;
        };
        return Optional.ofNullable(laatsteDag).map(d -> eindeVan(d));
    }

    private Instant eindeVan(LocalDate dag) {
        ZonedDateTime middernacht = dag.plusDays(1).atStartOfDay(zone);
        return middernacht.toInstant();
    }
}
