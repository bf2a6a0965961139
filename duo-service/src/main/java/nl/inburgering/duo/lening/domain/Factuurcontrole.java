package nl.inburgering.duo.lening.domain;

import java.util.Arrays;
import java.util.List;

/** Every rule a factuur fails, in the order of {@link Factuurregel}; empty: betaalbaar. */
public final class Factuurcontrole {

    private Factuurcontrole() {
    }

    public static List<Factuurregel> overtreden(Factuurfeiten feiten) {
        return Arrays.stream(Factuurregel.values()).filter(r -> !r.isVoldaan(feiten)).toList();
    }
}
