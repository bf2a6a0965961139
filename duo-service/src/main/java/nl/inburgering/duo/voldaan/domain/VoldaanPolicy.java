package nl.inburgering.duo.voldaan.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Vaststellen voldaan (seed §8.2; ketenproces §7): DUO combines the exams, the results of PVT, MAP and Z-route (#17),
 * the taalschakeltraject (#18) and the vrijstellingen and ontheffingen per leerroute.
 * <ul>
 * <li><b>B1-route</b>: the inburgeringsexamen, LE, LU, SC and SP at the PIP's niveau (B1; A2 after afschalen) or
 * higher, and KNM, all geslaagd; PVT and MAP afgerond.</li>
 * <li><b>Onderwijsroute</b> (§6.2): the taalschakeltraject afgerond and the inburgeringsexamen at its niveau (B1, or
 * higher), and the PVT afgerond; the MAP is not part of the onderwijsroute (ketenproces §7).</li>
 * <li><b>Z-route</b> (§7.2, Besluit art. 3.14): PVT and MAP afgerond, for an asielstatushouder the participatiecomponent,
 * and the eindgesprek that closes the route; exams are optional.</li>
 * </ul>
 * A requirement a vrijstelling or ontheffing covers counts as met ({@link VrijstellingenEnOntheffingen}, empty until
 * issue 15). The day voldaan is the day of the last fact that completed the route; an exam counts from the day it was
 * taken, the first time it was passed at the niveau. Decision 0029.
 */
public final class VoldaanPolicy {

    private static final Set<Eis> EXAMEN = EnumSet.of(Eis.LE, Eis.LU, Eis.SC, Eis.SP, Eis.KNM);

    private VoldaanPolicy() {
    }

    /**
     * @param vandaag the day of the judgement: the day voldaan when every requirement is met by a vrijstelling or
     *                ontheffing and none by a dated fact
     */
    public static Oordeel beoordeel(Trajectfeiten feiten, LocalDate vandaag) {
        List<Eis> ontbreekt = new ArrayList<>();
        LocalDate laatste = null;
        for (Eis eis : eisen(feiten.leerroute(), feiten.asielstatushouder())) {
            if (feiten.vrijgesteld().dekt(eis)) {
                continue;
            }
            Optional<LocalDate> datum = eis.isExamen() ? behaald(feiten, eis)
                    : Optional.ofNullable(feiten.afgerond().get(eis));
            if (datum.isEmpty()) {
                ontbreekt.add(eis);
            } else if (laatste == null || datum.get().isAfter(laatste)) {
                laatste = datum.get();
            }
        }
        if (!ontbreekt.isEmpty()) {
            return new Oordeel.NogNietVoldaan(ontbreekt);
        }
        return new Oordeel.Voldaan(laatste != null ? laatste : vandaag, feiten.leerroute(),
                Waardepapier.bij(feiten.leerroute()));
    }

    /** The requirements of a leerroute, in the order of {@link Eis}. */
    public static Set<Eis> eisen(Leerroute leerroute, boolean asielstatushouder) {
        Set<Eis> eisen = EnumSet.noneOf(Eis.class);
        switch (leerroute) {
            case B1_ROUTE -> {
                eisen.addAll(EXAMEN);
                eisen.add(Eis.PVT);
                eisen.add(Eis.MAP);
            }
            case ONDERWIJSROUTE -> {
                eisen.add(Eis.TAALSCHAKELTRAJECT);
                eisen.addAll(EXAMEN);
                eisen.add(Eis.PVT);
            }
            case Z_ROUTE -> {
                eisen.add(Eis.PVT);
                eisen.add(Eis.MAP);
                if (asielstatushouder) {
                    eisen.add(Eis.PARTICIPATIE);
                }
                eisen.add(Eis.EINDGESPREK_ZROUTE);
            }
        }
        return eisen;
    }

    /** The day the onderdeel was first passed at the required niveau, if it was. */
    private static Optional<LocalDate> behaald(Trajectfeiten feiten, Eis onderdeel) {
        Taalniveau vereist = Objects.requireNonNullElse(feiten.niveau(), Taalniveau.B1);
        return feiten.examens().stream()
                .filter(e -> e.onderdeel() == onderdeel && e.geslaagd() && e.datum() != null)
                .filter(e -> !onderdeel.heeftTaalniveau() || (e.niveau() != null && e.niveau().minstens(vereist)))
                .map(Trajectfeiten.Examenresultaat::datum)
                .min(Comparator.naturalOrder());
    }
}
