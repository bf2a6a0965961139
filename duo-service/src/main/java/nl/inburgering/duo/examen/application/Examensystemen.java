package nl.inburgering.duo.examen.application;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Who may record examens (aanmelding, planning, uitslag): DUO itself (its own OIN: the backoffice and DUO's exam
 * planning system) and the OINs configured as examensystemen ({@code keten.duo.examen.examensysteem-oins}), as the
 * leerbaarheidstoets allows only DUO's toetsafname-systeem. A partner system of any other organisation may not,
 * whatever role its token carries.
 */
public final class Examensystemen {

    private final Set<String> oins;

    public Examensystemen(String eigenOin, List<String> examensysteemOins) {
        this.oins = new HashSet<>(examensysteemOins == null ? List.of() : examensysteemOins);
        this.oins.add(eigenOin);
    }

    public boolean magExamensVastleggen(String organisatieOin) {
        return organisatieOin != null && oins.contains(organisatieOin);
    }
}
