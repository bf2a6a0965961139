package nl.inburgering.duo.voldaan.application;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Who may ask DUO for a person's beschikking voldaan at the source (seed §15.2, #10 "IND: pull"): DUO itself (its own
 * OIN) and the systems configured in {@code keten.duo.voldaan.raadpleger-oins} (IND's). A gemeente's system may not:
 * it receives #10 for its own inburgeraars and reads them through DUO's M2M APIs.
 */
public final class Raadplegers {

    private final Set<String> oins;

    public Raadplegers(String eigenOin, List<String> raadplegerOins) {
        this.oins = new HashSet<>(raadplegerOins == null ? List.of() : raadplegerOins);
        this.oins.add(eigenOin);
    }

    public boolean magRaadplegen(String organisatieOin) {
        return organisatieOin != null && oins.contains(organisatieOin);
    }
}
