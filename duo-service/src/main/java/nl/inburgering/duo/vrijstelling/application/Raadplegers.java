package nl.inburgering.duo.vrijstelling.application;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Who may ask DUO for a person's vrijstellingen at the source (seed §10.2: "De IND ontvangt vanaf dit moment bij een
 * bevraging ook gegevens over de vrijstelling"; the catalogue's "IND: pull"): DUO itself and the systems configured in
 * {@code keten.duo.vrijstelling.raadpleger-oins} (IND's). A gemeente reads them through the M2M Vrijstelling API.
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
