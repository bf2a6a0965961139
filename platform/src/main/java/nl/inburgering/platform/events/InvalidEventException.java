package nl.inburgering.platform.events;

/**
 * An incoming event that can never be processed as it is: wrong envelope, unreadable payload or a
 * value that breaks a rule. It goes to the dead-letter topic at once; retrying cannot help.
 *
 * <p>Its message goes, masked, into the dead letter's reason (decision 0013): name the rule that is broken and the
 * field, never the value (no BSN, V-nummer, name or date of a person).
 */
public class InvalidEventException extends RuntimeException {

    /** What is wrong with the event, as a reason code of the dead letter. */
    public enum Soort {
        /** The envelope or the content breaks a rule (a missing attribute, a value out of range). */
        ONGELDIG_EVENT,
        /** The payload is no record of a schema version this service knows. */
        ONBEKEND_SCHEMA,
        /** The {@code ce_source} is not a system of the topic's producer. */
        ONBEKENDE_BRON
    }

    private final Soort soort;

    public InvalidEventException(String reden) {
        this(Soort.ONGELDIG_EVENT, reden, null);
    }

    public InvalidEventException(String reden, Throwable oorzaak) {
        this(Soort.ONGELDIG_EVENT, reden, oorzaak);
    }

    public InvalidEventException(Soort soort, String reden, Throwable oorzaak) {
        super(reden, oorzaak);
        this.soort = soort;
    }

    public Soort soort() {
        return soort;
    }
}
