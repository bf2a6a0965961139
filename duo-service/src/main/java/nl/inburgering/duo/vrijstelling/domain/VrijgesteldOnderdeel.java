package nl.inburgering.duo.vrijstelling.domain;

import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/** An examenonderdeel with the niveau a gedeeltelijke vrijstelling holds on. */
public record VrijgesteldOnderdeel(Examenonderdeel onderdeel, Examenniveau niveau) {

    /** "LE:B1,SP:A2" in the order of {@link Examenonderdeel}; empty for none. */
    public static String alsTekst(Collection<VrijgesteldOnderdeel> onderdelen) {
        return onderdelen.stream().sorted(Comparator.comparing(VrijgesteldOnderdeel::onderdeel))
                .map(o -> o.onderdeel() + ":" + o.niveau()).collect(Collectors.joining(","));
    }

    public static List<VrijgesteldOnderdeel> uitTekst(String tekst) {
        if (tekst == null || tekst.isBlank()) {
            return List.of();
        }
        return Arrays.stream(tekst.split(",")).map(d -> d.split(":"))
                .map(d -> new VrijgesteldOnderdeel(Examenonderdeel.valueOf(d[0]), Examenniveau.valueOf(d[1])))
                .toList();
    }
}
