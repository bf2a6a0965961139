package nl.inburgering.duo.termijnbewaking.api;

import java.time.LocalDate;
import java.util.Map;

import nl.inburgering.platform.bsn.Bsn;

/**
 * Lets another module have termijnbewaking watch a deadline of its own, in the caller's transaction (its verwerking,
 * under the person's lock). When it falls due the job publishes {@link DeadlineVerstreken} with its soort and the
 * planning module handles it. A {@code dossier.api.PlichtBeeindigd} drops every unfired deadline of the person:
 * plan a deadline that must outlive the end of the plicht after ending it.
 */
public interface Deadlineplanning {

    /** Watches {@code soort} for the person on {@code vervaldag}, replacing an unfired one of the same soort. */
    void plan(Bsn bsn, Deadlinesoort soort, LocalDate vervaldag, String gemeentecode);

    /**
     * Watches several soorten for the person at once, each replacing an unfired one of the same soort: as
     * {@link #plan(Bsn, Deadlinesoort, LocalDate, String)} for each, in fewer round trips.
     */
    default void plan(Bsn bsn, Map<Deadlinesoort, LocalDate> vervaldagen, String gemeentecode) {
        vervaldagen.forEach((soort, vervaldag) -> plan(bsn, soort, vervaldag, gemeentecode));
    }

    /** Stops watching {@code soort} for the person (when it has not fired yet). */
    void vervalt(Bsn bsn, Deadlinesoort soort);
}
