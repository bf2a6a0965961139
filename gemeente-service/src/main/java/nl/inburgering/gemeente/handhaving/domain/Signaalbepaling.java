package nl.inburgering.gemeente.handhaving.domain;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import nl.inburgering.gemeente.inburgeraar.api.Signaal;
import nl.inburgering.gemeente.inburgeraar.api.Signaalmoment;
import nl.inburgering.gemeente.inburgeraar.api.Signaalsoort;
import nl.inburgering.platform.time.WerkdagenKalender;

/**
 * Which signals an inburgeraar's werkvoorraad row shows today (issue 14 item 6, seed §9.3, decision 0031): computed
 * from the facts DUO delivered and what the gemeente did, against the service's clock, so moving the clock moves
 * them without any job.
 *
 * <ul>
 * <li>{@code TERMIJN_EINDIGT_BINNEN_4_WEKEN} from 4 weeks before the last day of the termijn up to that day;</li>
 * <li>{@code TERMIJN_OVERSCHREDEN} from the day after it (until DUO sets a new termijn, #5, or ends the plicht);</li>
 * <li>{@code VOORAANKONDIGING_BOETE} from DUO's #7 with that reden until a boete (#8) or a change of the termijn
 * (#5, e.g. a verlenging) since;</li>
 * <li>{@code TIEN_WEKEN_LEERROUTE_VERSTREKEN} from 10 weeks after the plicht reached the gemeente while no PIP is
 * vastgesteld;</li>
 * <li>{@code SIGNAAL_ONBEANTWOORD} from the day after the uiterlijke leverdatum of a #7 (DUO's, else 10 werkdagen
 * after the signal by the Algemene termijnenwet calendar) when the gemeente delivered no #17 or #18 since the
 * signal;</li>
 * <li>{@code BOETE_OPGELEGD} from the beschikking of DUO's latest boete during the bezwaartermijn of 6 weeks (Awb
 * art. 6:7), the time in which the klantmanager can still act on it with the inburgeraar.</li>
 * </ul>
 */
public final class Signaalbepaling {

    public static final Period VIER_WEKEN = Period.ofWeeks(4);
    public static final Period TIEN_WEKEN = Period.ofWeeks(10);
    public static final Period BEZWAARTERMIJN = Period.ofWeeks(6);
    public static final int WERKDAGEN_NA_SIGNAAL = 10;

    private final WerkdagenKalender kalender;

    public Signaalbepaling(WerkdagenKalender kalender) {
        this.kalender = kalender;
    }

    /**
     * What is known of one inburgeraar.
     *
     * @param plichtOntvangen      the day DUO's plicht reached this gemeente
     * @param einddatumTermijn     the last day of his actuele termijn; null before DUO set one
     * @param laatsteTermijnwijziging the day of DUO's latest #5; null before any
     * @param pipVastgesteld       whether a PIP DUO did not reject is vastgesteld
     * @param laatsteLevering      the day the gemeente last delivered #17 or #18; null when never
     */
    public record Feiten(LocalDate plichtOntvangen, LocalDate einddatumTermijn, LocalDate laatsteTermijnwijziging,
            boolean pipVastgesteld, List<Signalering> signaleringen, List<OpgelegdeBoete> boetes,
            LocalDate laatsteLevering) {
    }

    public List<Signaal> bepaal(Feiten feiten, LocalDate vandaag) {
        List<Signaal> signalen = new ArrayList<>();
        LocalDate einde = feiten.einddatumTermijn();
        if (einde != null) {
            LocalDate vierWekenVoor = einde.minus(VIER_WEKEN);
            if (!vandaag.isBefore(vierWekenVoor) && !vandaag.isAfter(einde)) {
                signalen.add(new Signaal(Signaalsoort.TERMIJN_EINDIGT_BINNEN_4_WEKEN, vierWekenVoor));
            }
            if (vandaag.isAfter(einde)) {
                signalen.add(new Signaal(Signaalsoort.TERMIJN_OVERSCHREDEN, einde.plusDays(1)));
            }
        }
        staandeVooraankondiging(feiten).filter(s -> !vandaag.isBefore(s.datumSignalering()))
                .ifPresent(s -> signalen.add(new Signaal(Signaalsoort.VOORAANKONDIGING_BOETE, s.datumSignalering())));
        if (!feiten.pipVastgesteld() && feiten.plichtOntvangen() != null) {
            LocalDate tienWeken = feiten.plichtOntvangen().plus(TIEN_WEKEN);
            if (!vandaag.isBefore(tienWeken)) {
                signalen.add(new Signaal(Signaalsoort.TIEN_WEKEN_LEERROUTE_VERSTREKEN, tienWeken));
            }
        }
        feiten.signaleringen().stream()
                .filter(s -> feiten.laatsteLevering() == null || feiten.laatsteLevering().isBefore(s.datumSignalering()))
                .map(this::uiterlijkeLeverdatum)
                .filter(uiterlijk -> vandaag.isAfter(uiterlijk))
                .min(Comparator.naturalOrder())
                .ifPresent(uiterlijk -> signalen.add(new Signaal(Signaalsoort.SIGNAAL_ONBEANTWOORD,
                        uiterlijk.plusDays(1))));
        laatsteBoete(feiten).filter(b -> !vandaag.isBefore(b.datumBeschikking())
                && !vandaag.isAfter(b.datumBeschikking().plus(BEZWAARTERMIJN)))
                .ifPresent(b -> signalen.add(new Signaal(Signaalsoort.BOETE_OPGELEGD, b.datumBeschikking())));
        return signalen;
    }

    /** The signals {@link #bepaal} gives, each of which depends on the day. */
    public static final Set<Signaalsoort> SOORTEN = EnumSet.of(Signaalsoort.TERMIJN_EINDIGT_BINNEN_4_WEKEN,
            Signaalsoort.TERMIJN_OVERSCHREDEN, Signaalsoort.VOORAANKONDIGING_BOETE,
            Signaalsoort.TIEN_WEKEN_LEERROUTE_VERSTREKEN, Signaalsoort.SIGNAAL_ONBEANTWOORD,
            Signaalsoort.BOETE_OPGELEGD);

    /**
     * The days on which each signal holds while these facts stand (decision 0046): exactly the days on which
     * {@link #bepaal} gives it, each with the sinds {@link #bepaal} gives it with on those days (third addendum); a
     * test keeps the two equal across every boundary. The werkvoorraad indexes them to find candidates and to walk
     * the order on the oldest signal; {@link #bepaal} still decides.
     */
    public List<Signaalmoment> momenten(Feiten feiten) {
        // each window's sinds is the one bepaal reports on every day of it: the window's first day, fixed by the facts
        List<Signaalmoment> momenten = new ArrayList<>();
        LocalDate einde = feiten.einddatumTermijn();
        if (einde != null) {
            momenten.add(venster(Signaalsoort.TERMIJN_EINDIGT_BINNEN_4_WEKEN, einde.minus(VIER_WEKEN), einde));
            momenten.add(venster(Signaalsoort.TERMIJN_OVERSCHREDEN, einde.plusDays(1), null));
        }
        staandeVooraankondiging(feiten).ifPresent(s -> momenten.add(
                venster(Signaalsoort.VOORAANKONDIGING_BOETE, s.datumSignalering(), null)));
        if (!feiten.pipVastgesteld() && feiten.plichtOntvangen() != null) {
            momenten.add(venster(Signaalsoort.TIEN_WEKEN_LEERROUTE_VERSTREKEN,
                    feiten.plichtOntvangen().plus(TIEN_WEKEN), null));
        }
        // bepaal takes the earliest leverdatum already passed; on any day it holds that is the earliest of all
        feiten.signaleringen().stream()
                .filter(s -> feiten.laatsteLevering() == null || feiten.laatsteLevering().isBefore(s.datumSignalering()))
                .map(this::uiterlijkeLeverdatum)
                .min(Comparator.naturalOrder())
                .ifPresent(uiterlijk -> momenten.add(
                        venster(Signaalsoort.SIGNAAL_ONBEANTWOORD, uiterlijk.plusDays(1), null)));
        laatsteBoete(feiten).ifPresent(b -> momenten.add(venster(Signaalsoort.BOETE_OPGELEGD, b.datumBeschikking(),
                b.datumBeschikking().plus(BEZWAARTERMIJN))));
        return momenten;
    }

    /** A window whose signal reports its first day as its sinds, as every signal of {@link #bepaal} does. */
    private static Signaalmoment venster(Signaalsoort soort, LocalDate vanaf, LocalDate tot) {
        return new Signaalmoment(soort, vanaf, tot, vanaf);
    }

    /** DUO's uiterlijke leverdatum; without one, 10 werkdagen after the signal (Algemene termijnenwet). */
    public LocalDate uiterlijkeLeverdatum(Signalering signalering) {
        return signalering.uiterlijkeLeverdatum() != null ? signalering.uiterlijkeLeverdatum()
                : kalender.plusWerkdagen(signalering.datumSignalering(), WERKDAGEN_NA_SIGNAAL);
    }

    /** DUO's latest vooraankondiging boete, unless a boete or a change of the termijn came after it. */
    private static Optional<Signalering> staandeVooraankondiging(Feiten feiten) {
        Optional<OpgelegdeBoete> laatsteBoete = laatsteBoete(feiten);
        return feiten.signaleringen().stream()
                .filter(s -> Signalering.VOORAANKONDIGING_BOETE.equals(s.reden()))
                .max(Comparator.comparing(Signalering::datumSignalering))
                .filter(s -> laatsteBoete.map(b -> b.datumBeschikking().isBefore(s.datumSignalering())).orElse(true))
                .filter(s -> feiten.laatsteTermijnwijziging() == null
                        || !feiten.laatsteTermijnwijziging().isAfter(s.datumSignalering()));
    }

    private static Optional<OpgelegdeBoete> laatsteBoete(Feiten feiten) {
        return feiten.boetes().stream().max(Comparator.comparing(OpgelegdeBoete::datumBeschikking));
    }
}
