package nl.inburgering.duo.dossier.domain;

import java.time.LocalDate;
import java.time.Period;
import java.util.Set;

import nl.inburgering.duo.dossier.api.Doelgroep;
import nl.inburgering.duo.dossier.api.GedetailleerdeDoelgroep;
import nl.inburgering.duo.dossier.api.Plichtwijziging.Doelgroepkeuze;
import nl.inburgering.duo.dossier.api.Plichtwijziging.Keuzeuitkomst;

/**
 * Seed §13.4 and footnote 6: after a doelgroepwijziging the gemeente passes on the inburgeraar's keuze "binnen 10
 * weken na de datum van de wijziging van de doelgroep". DUO confirms a keuze only for the doelgroepwijziging it
 * recorded, from the gemeente that has the plicht, in time, and fitting the direction of the change: who became
 * asielstatushouder chooses the asielrechten or keeps the rights of a gezins- of overige migrant; who stopped being
 * one keeps the asielrechten or waives them.
 */
public final class DoelgroepkeuzePolicy {

    /** Seed §13.4: "binnen 10 weken na de datum van de wijziging van de doelgroep". */
    public static final Period TERMIJN = Period.ofWeeks(10);

    private static final Set<Doelgroepkeuze> NAAR_ASIELSTATUSHOUDER = Set.of(Doelgroepkeuze.ASIELRECHTEN_TOEGEKEND,
            Doelgroepkeuze.OP_VERZOEK_BEHOUD_RECHTEN_GEZINS_EN_OVERIGE_MIGRANT);

    private DoelgroepkeuzePolicy() {
    }

    /**
     * @param doelgroep          the doelgroep after the wijziging (the current one)
     * @param doelgroepGewijzigdOp the date of the last doelgroepwijziging DUO recorded, null if none
     * @param bevestigd          the keuze DUO confirmed for it already, null if none
     */
    public static Keuzeuitkomst beoordeel(boolean plichtig, String gemeenteVanDePlicht, GedetailleerdeDoelgroep doelgroep,
            LocalDate doelgroepGewijzigdOp, Doelgroepkeuze bevestigd, String gemeentecode, Doelgroepkeuze keuze,
            LocalDate datumWijzigingDoelgroep, LocalDate doorgegevenOp) {
        if (!plichtig) {
            return Keuzeuitkomst.NIET_PLICHTIG;
        }
        if (!gemeenteVanDePlicht.equals(gemeentecode)) {
            return Keuzeuitkomst.ANDERE_GEMEENTE;
        }
        if (doelgroepGewijzigdOp == null) {
            return Keuzeuitkomst.GEEN_DOELGROEPWIJZIGING;
        }
        if (!doelgroepGewijzigdOp.equals(datumWijzigingDoelgroep)) {
            return Keuzeuitkomst.ANDERE_DOELGROEPWIJZIGING;
        }
        if (keuze == bevestigd) {
            return Keuzeuitkomst.AL_BEVESTIGD;
        }
        if (doorgegevenOp.isAfter(doelgroepGewijzigdOp.plus(TERMIJN))) {
            return Keuzeuitkomst.TE_LAAT;
        }
        boolean naarAsiel = doelgroep.indeling() == Doelgroep.ASIELSTATUSHOUDER;
        if (NAAR_ASIELSTATUSHOUDER.contains(keuze) != naarAsiel) {
            return Keuzeuitkomst.PAST_NIET_BIJ_DE_WIJZIGING;
        }
        return Keuzeuitkomst.BEVESTIGD;
    }
}
