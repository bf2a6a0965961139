package nl.inburgering.duo.pip.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * DUO's rules for a changed PIP that names a route change as its reden (#16 PipGewijzigd, seed §5.3, §6.3, §7.3),
 * on top of the rules of {@link PipValidatiePolicy} that every PIP meets. A change is judged against the PIP that is
 * current at DUO: what the reden says must be what changes, or DUO would register a different route or niveau than
 * the gemeente decided. The other redenen (na vrijstelling of ontheffing, doelgroepwijziging, bezwaar en beroep,
 * overig) and a change through the M2M PIP API (which carries no reden) have no rules of their own here. The
 * inburgeringstermijn never moves with a change (Wi2021 art. 11: the first PIP counts).
 */
public final class PipWijzigingPolicy {

    public static final String AFSCHALEN_NIET_VANUIT_B1_IN_B1_ROUTE = "AFSCHALEN_NIET_VANUIT_B1_IN_B1_ROUTE";
    public static final String AFSCHALEN_NIET_NAAR_A2_IN_B1_ROUTE = "AFSCHALEN_NIET_NAAR_A2_IN_B1_ROUTE";
    public static final String OPSCHALEN_NIET_VANUIT_Z_ROUTE = "OPSCHALEN_NIET_VANUIT_Z_ROUTE";
    public static final String OPSCHALEN_NIET_NAAR_A2_IN_Z_ROUTE = "OPSCHALEN_NIET_NAAR_A2_IN_Z_ROUTE";
    public static final String WISSELING_ZONDER_ANDERE_LEERROUTE = "WISSELING_ZONDER_ANDERE_LEERROUTE";

    private static final String LEERROUTE = "leerroute";
    private static final String NIVEAU = "niveau";

    private PipWijzigingPolicy() {
    }

    /**
     * @param redenWijziging the reden of the change as the contract names it (RedenWijzigingPip); null for none
     * @param actuele        the PIP registered now, with the niveau DUO registered
     * @param gewijzigd      the delivered change; without a niveau the B1-route and onderwijsroute mean B1
     */
    public static List<Overtreding> beoordeel(String redenWijziging, Pip actuele, Pip gewijzigd) {
        List<Overtreding> overtredingen = new ArrayList<>();
        Niveau nieuwNiveau = gewijzigd.niveau() == null && gewijzigd.leerroute() != Leerroute.Z_ROUTE ? Niveau.B1
                : gewijzigd.niveau();
        if ("AFSCHALEN".equals(redenWijziging)) {
            if (actuele.leerroute() != Leerroute.B1_ROUTE || actuele.niveau() != Niveau.B1) {
                overtredingen.add(new Overtreding(LEERROUTE, AFSCHALEN_NIET_VANUIT_B1_IN_B1_ROUTE,
                        "Afschalen kan alleen vanuit de B1-route op niveau B1."));
            }
            if (gewijzigd.leerroute() != Leerroute.B1_ROUTE || nieuwNiveau != Niveau.A2) {
                overtredingen.add(new Overtreding(NIVEAU, AFSCHALEN_NIET_NAAR_A2_IN_B1_ROUTE,
                        "Bij afschalen blijft de leerroute de B1-route en wordt het niveau A2."));
            }
        } else if ("OPSCHALEN".equals(redenWijziging)) {
            if (actuele.leerroute() != Leerroute.Z_ROUTE || actuele.niveau() != null) {
                overtredingen.add(new Overtreding(LEERROUTE, OPSCHALEN_NIET_VANUIT_Z_ROUTE,
                        "Opschalen kan alleen vanuit de Z-route zonder examenniveau."));
            }
            if (gewijzigd.leerroute() != Leerroute.Z_ROUTE || nieuwNiveau != Niveau.A2) {
                overtredingen.add(new Overtreding(NIVEAU, OPSCHALEN_NIET_NAAR_A2_IN_Z_ROUTE,
                        "Bij opschalen blijft de leerroute de Z-route en worden examens op niveau A2 afgelegd."));
            }
        } else if ("WISSELING_LEERROUTE".equals(redenWijziging) && gewijzigd.leerroute() == actuele.leerroute()) {
            overtredingen.add(new Overtreding(LEERROUTE, WISSELING_ZONDER_ANDERE_LEERROUTE,
                    "Bij een wisseling van leerroute verschilt de leerroute van die van de actuele PIP."));
        }
        return List.copyOf(overtredingen);
    }
}
