package nl.inburgering.duo.leerbaarheidstoets.application;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Who may deliver the uitslag of a leerbaarheidstoets: DUO itself (its own OIN: the toetsafname-systeem and the
 * backoffice) and the OINs configured as toetsafname-systemen ({@code keten.duo.leerbaarheidstoets.toetsafname-oins}).
 * A partner system of any other organisation may not set a score, whatever role its token carries.
 */
public final class Toetsafnamesystemen {

    private final Set<String> oins;

    public Toetsafnamesystemen(String eigenOin, List<String> toetsafnameOins) {
        this.oins = new HashSet<>(toetsafnameOins == null ? List.of() : toetsafnameOins);
        this.oins.add(eigenOin);
    }

    public boolean magUitslagDoorgeven(String organisatieOin) {
        return organisatieOin != null && oins.contains(organisatieOin);
    }
}
