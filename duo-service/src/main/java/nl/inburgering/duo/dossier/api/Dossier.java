package nl.inburgering.duo.dossier.api;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import nl.inburgering.platform.bsn.Bsn;

/**
 * What DUO knows of one person as other features may read it: the current decision on the plicht and where he
 * lives according to the BRP.
 *
 * @param begindatum for {@link Plichtstatus#NOG_NIET_PLICHTIG} the expected 18th birthday, not a plicht period
 * @param vestiging  the gemeente the person is ingezetene of now, and since when
 * @param gewijzigdOp the day the decision last changed
 * @param vervallenOnderdelen the onderdelen a partial vrijstelling or ontheffing took away
 */
public record Dossier(Bsn bsn, Plichtstatus status, RedenNietPlichtig redenNietPlichtig, LocalDate begindatum,
        LocalDate einddatum, GedetailleerdeDoelgroep gedetailleerdeDoelgroep, Vestiging vestiging,
        LocalDate gewijzigdOp, Set<Plichtonderdeel> vervallenOnderdelen) {

    public Dossier {
        vervallenOnderdelen = Set.copyOf(vervallenOnderdelen);
    }

    public enum Plichtstatus { PLICHTIG, NOG_NIET_PLICHTIG, NIET_PLICHTIG }

    /**
     * The BRP's vestigingsgemeente of the person and the day he settled there.
     *
     * @param vorigeGemeentecode after a verhuizing that moved his plicht, the gemeente that had it before (it may bring
     *                           #17/#18 up to date, seed §14.2.1); else null
     */
    public record Vestiging(String gemeentecode, LocalDate datum, String vorigeGemeentecode) {
    }

    public boolean isPlichtig() {
        return status == Plichtstatus.PLICHTIG;
    }

    /** The onderdelen of the plicht that still stand. */
    public Set<Plichtonderdeel> openstaandeOnderdelen() {
        Set<Plichtonderdeel> open = EnumSet.allOf(Plichtonderdeel.class);
        open.removeAll(vervallenOnderdelen);
        return open;
    }

    /** Whether his doelgroep is that of the asielstatushouders (Doelgroepindeling). */
    public boolean isAsielstatushouder() {
        return gedetailleerdeDoelgroep != null && gedetailleerdeDoelgroep.indeling() == Doelgroep.ASIELSTATUSHOUDER;
    }
}
