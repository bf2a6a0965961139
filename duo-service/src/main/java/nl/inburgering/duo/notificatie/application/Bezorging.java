package nl.inburgering.duo.notificatie.application;

import java.time.Instant;
import java.util.UUID;

import nl.inburgering.platform.bsn.Bsn;

/** Port: one POST of the Notificatie API to a gemeente's endpoint, and what came of it. */
public interface Bezorging {

    Uitkomst bezorg(Abonnement abonnement, UUID berichtId, Bsn bsn, String gebeurtenisId, Instant registratie);

    /** @param fout what went wrong, without personal data (a status and a short reason); null when delivered */
    record Uitkomst(Soort soort, String fout) {

        public static Uitkomst afgeleverd() {
            return new Uitkomst(Soort.AFGELEVERD, null);
        }
    }

    enum Soort {
        /** 2xx: the gemeente has it. */
        AFGELEVERD,
        /** A 4xx about the notification itself (400, 404, 405, 409, 413, 415, 422): retrying cannot help. */
        GEWEIGERD,
        /** No answer, a 5xx, 401/403 (credentials that may be renewed), 408 or 429: try again after the back-off. */
        OPNIEUW
    }
}
