package nl.inburgering.platform.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The days gelijkgesteld with an algemeen erkende feestdag by Koninklijk Besluit under art. 3 lid 3 Algemene
 * termijnenwet, as configuration ({@code keten.kalender}): one entry per besluit with its citation, the years it covers
 * and its days. A besluit is published about every three years; a year no besluit covers is not silently counted
 * without its days: {@link KalenderAutoConfiguration} warns at start-up for each year from now to four years ahead
 * without a known besluit.
 *
 * @param besluiten          the besluiten, each with {@code citaat}, {@code jaren} and {@code dagen}
 * @param gelijkgesteldeDagen extra days outside any besluit (older setting; tests), counted as gelijkgesteld too
 */
@ConfigurationProperties("keten.kalender")
public record Gelijkstellingsbesluiten(List<Besluit> besluiten, List<LocalDate> gelijkgesteldeDagen) {

    public Gelijkstellingsbesluiten {
        besluiten = besluiten == null ? List.of() : List.copyOf(besluiten);
        gelijkgesteldeDagen = gelijkgesteldeDagen == null ? List.of() : List.copyOf(gelijkgesteldeDagen);
    }

    /**
     * One besluit under art. 3 lid 3 Atw.
     *
     * @param citaat its title and where it was published, so a reader can check it
     * @param jaren  the years it settles (also a year in which it gelijkstelt no day at all)
     * @param dagen  the days it gelijkstelt
     */
    public record Besluit(String citaat, List<Integer> jaren, List<LocalDate> dagen) {

        public Besluit {
            if (citaat == null || citaat.isBlank()) {
                throw new IllegalArgumentException("keten.kalender.besluiten: een besluit zonder citaat");
            }
            jaren = jaren == null ? List.of() : List.copyOf(jaren);
            dagen = dagen == null ? List.of() : List.copyOf(dagen);
            for (LocalDate dag : dagen) {
                if (!jaren.contains(dag.getYear())) {
                    throw new IllegalArgumentException("keten.kalender.besluiten: " + dag + " valt buiten de jaren "
                            + jaren + " van het " + citaat);
                }
            }
        }
    }

    /** Every gelijkgestelde day of every besluit, and the extra ones. */
    public Set<LocalDate> alleDagen() {
        Set<LocalDate> dagen = new TreeSet<>(gelijkgesteldeDagen);
        besluiten.forEach(b -> dagen.addAll(b.dagen()));
        return dagen;
    }

    /** The years from {@code vandaag}'s year to four years later that no configured besluit covers. */
    public List<Integer> jarenZonderBesluit(LocalDate vandaag) {
        List<Integer> zonder = new ArrayList<>();
        for (int jaar = vandaag.getYear(); jaar <= vandaag.getYear() + 4; jaar++) {
            int j = jaar;
            if (besluiten.stream().noneMatch(b -> b.jaren().contains(j))) {
                zonder.add(jaar);
            }
        }
        return zonder;
    }
}
