package nl.inburgering.duo.leerbaarheidstoets.domain;

import java.util.Objects;
import java.util.Optional;

/**
 * What the score of a leerbaarheidstoets says about the leerroute (Wi2021 art. 14 lid 3; DUO Leerbaarheidstoets
 * API): at or above the benodigde score the B1-route is haalbaar, below it not; a toets that gave no score says
 * nothing, so the resultaat is Onbekend. The benodigde score is configuration, not code: DUO may recalibrate it.
 */
public final class LeerbaarheidstoetsUitkomstPolicy {

    private LeerbaarheidstoetsUitkomstPolicy() {
    }

    public static Uitkomst bepaal(Optional<Score> behaaldeScore, Score benodigdeScore) {
        Objects.requireNonNull(benodigdeScore, "benodigdeScore");
        Leerbaarheidstoetsresultaat resultaat = behaaldeScore
                .map(score -> score.compareTo(benodigdeScore) >= 0 ? Leerbaarheidstoetsresultaat.B1_ROUTE_HAALBAAR
                        : Leerbaarheidstoetsresultaat.B1_ROUTE_NIET_HAALBAAR)
                .orElse(Leerbaarheidstoetsresultaat.ONBEKEND);
        return new Uitkomst(resultaat, behaaldeScore, benodigdeScore);
    }
}
