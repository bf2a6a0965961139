package nl.inburgering.platform.events;

import nl.inburgering.platform.bsn.Bsn;

/**
 * Checks at the Kafka edge that every consumer needs. A violation makes the event invalid for good, so
 * it is dead-lettered with the reason; the message never contains the value itself (it may be a BSN).
 */
public final class Eventvalidatie {

    private Eventvalidatie() {
    }

    public static String bsn(String waarde, String event) {
        if (waarde == null || !Bsn.isValid(waarde)) {
            throw new InvalidEventException(event + " met een ongeldig BSN");
        }
        return waarde;
    }

    public static String gemeentecode(String waarde, String event) {
        if (waarde == null || !waarde.matches("\\d{4}")) {
            throw new InvalidEventException(event + " met een ongeldige gemeentecode");
        }
        return waarde;
    }
}
