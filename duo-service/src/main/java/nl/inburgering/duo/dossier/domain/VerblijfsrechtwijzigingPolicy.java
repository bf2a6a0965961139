package nl.inburgering.duo.dossier.domain;

import java.time.LocalDate;
import java.util.Set;

import nl.inburgering.duo.dossier.api.GedetailleerdeDoelgroep;
import nl.inburgering.duo.dossier.api.RedenNietPlichtig;

/**
 * Seed §13.4, §13.5: DUO applies its plicht policy again to the new verblijfsrecht (#2).
 * <ul>
 * <li>not plichtig because of the verblijfsrecht (a tijdelijk doel, or an earlier change that ended the plicht) and
 * plichtig with the new one: the plicht begins as for a gezinsmigrant (§3.2, {@link Uitkomst.PlichtBegint});</li>
 * <li>not yet plichtig (a minor): decided again on the new verblijfsrecht ({@link Uitkomst.OpnieuwBesloten});</li>
 * <li>plichtig and no verblijfsrecht or a tijdelijk doel now: the plicht ends, reden "Verblijfsdoel gewijzigd"
 * ({@link Uitkomst.PlichtEindigt});</li>
 * <li>plichtig before and after, from asielstatushouder to gezins- or overige migrant or back: the doelgroep changes
 * ({@link Uitkomst.DoelgroepGewijzigd}); another gedetailleerde doelgroep within the same indeling is no doelgroep-
 * wijziging of §13.4 (no rights change, no #3);</li>
 * <li>otherwise (not plichtig for another reason: voldaan, vrijgesteld, EU-nationaliteit, ...) the plicht stays as
 * it is ({@link Uitkomst.Ongewijzigd}).</li>
 * </ul>
 */
public final class VerblijfsrechtwijzigingPolicy {

    /** The reasons of not being plichtig that a new verblijfsrecht can undo. */
    private static final Set<RedenNietPlichtig> DOOR_HET_VERBLIJFSRECHT = Set.of(
            RedenNietPlichtig.TIJDELIJK_VERBLIJFSDOEL, RedenNietPlichtig.VERBLIJFSDOEL_GEWIJZIGD);

    private final InburgeringsplichtPolicy plichtPolicy;

    public VerblijfsrechtwijzigingPolicy(InburgeringsplichtPolicy plichtPolicy) {
        this.plichtPolicy = plichtPolicy;
    }

    /**
     * @param plichtig          whether the person is plichtig now
     * @param nogNietPlichtig   whether he will be plichtig (a minor) on the old verblijfsrecht
     * @param redenNietPlichtig why he is not plichtig now (null when he is)
     * @param doelgroep         his current gedetailleerde doelgroep (null when none)
     */
    public Uitkomst beoordeel(boolean plichtig, boolean nogNietPlichtig, RedenNietPlichtig redenNietPlichtig,
            GedetailleerdeDoelgroep doelgroep, Verblijfsgegevens huidig, Verblijfsrechtwijziging wijziging,
            LocalDate vandaag) {
        if (plichtig) {
            if (wijziging.beeindigtVerblijfsrecht() || wijziging.nieuwVerblijfsdoel().isTijdelijk()) {
                return new Uitkomst.PlichtEindigt(wijziging.ingangsdatum());
            }
            GedetailleerdeDoelgroep nieuw = InburgeringsplichtPolicy.doelgroep(wijziging.nieuweGegevens(huidig))
                    .orElseThrow();
            return nieuw.indeling() != doelgroep.indeling() ? new Uitkomst.DoelgroepGewijzigd(nieuw,
                    wijziging.ingangsdatum()) : new Uitkomst.Ongewijzigd();
        }
        if (wijziging.beeindigtVerblijfsrecht()) {
            return nogNietPlichtig ? new Uitkomst.OpnieuwBesloten(
                    new Besluit.NietPlichtig(RedenNietPlichtig.VERBLIJFSDOEL_GEWIJZIGD)) : new Uitkomst.Ongewijzigd();
        }
        Besluit besluit = plichtPolicy.beoordeel(wijziging.nieuweGegevens(huidig), vandaag);
        if (nogNietPlichtig) {
            return new Uitkomst.OpnieuwBesloten(besluit);
        }
        if (DOOR_HET_VERBLIJFSRECHT.contains(redenNietPlichtig) && !(besluit instanceof Besluit.NietPlichtig)) {
            return new Uitkomst.PlichtBegint(besluit);
        }
        return new Uitkomst.Ongewijzigd();
    }

    public sealed interface Uitkomst {
        /** Plichtig (or, for a minor, from his 18th birthday) on the new verblijfsrecht: §3.2. */
        record PlichtBegint(Besluit besluit) implements Uitkomst {
        }

        /** A person not yet plichtig: the decision on the new verblijfsrecht replaces the old one. */
        record OpnieuwBesloten(Besluit besluit) implements Uitkomst {
        }

        /** The plicht ends on {@code einddatum} with reden "Verblijfsdoel gewijzigd". */
        record PlichtEindigt(LocalDate einddatum) implements Uitkomst {
        }

        /** Asielstatushouder to gezins- of overige migrant or back, from {@code datum}: §13.4. */
        record DoelgroepGewijzigd(GedetailleerdeDoelgroep doelgroep, LocalDate datum) implements Uitkomst {
        }

        record Ongewijzigd() implements Uitkomst {
        }
    }
}
