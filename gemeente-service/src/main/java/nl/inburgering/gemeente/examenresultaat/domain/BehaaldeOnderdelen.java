package nl.inburgering.gemeente.examenresultaat.domain;

import java.util.Collection;
import java.util.List;

/**
 * Which onderdelen of the inburgeringsexamen a person passed (seed §5.2: DUO uses the examenresultaten when it decides
 * the plicht is voldaan; the gemeente follows the progress): each onderdeel once, in the exam's order, whatever the
 * niveau, however many attempts.
 */
public final class BehaaldeOnderdelen {

    /** The onderdelen in DUO's order: KNM, Lezen, Luisteren, Schrijven, Spreken. */
    public static final List<String> VOLGORDE = List.of("KNM", "LE", "LU", "SC", "SP");

    private BehaaldeOnderdelen() {
    }

    public static List<String> van(Collection<Examenresultaat> resultaten) {
        return VOLGORDE.stream().filter(onderdeel -> resultaten.stream()
                .anyMatch(resultaat -> resultaat.isBehaald() && resultaat.onderdeel().equals(onderdeel))).toList();
    }
}
