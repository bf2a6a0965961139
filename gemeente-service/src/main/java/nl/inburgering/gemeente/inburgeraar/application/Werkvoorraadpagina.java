package nl.inburgering.gemeente.inburgeraar.application;

import java.util.List;
import java.util.Optional;

/**
 * One page of the werkvoorraad (decision 0044).
 *
 * @param regels   the rows, in the order asked for
 * @param volgende where the next page starts; empty on the last page
 * @param totaal   the size of the whole selection, only when asked for; null otherwise
 */
public record Werkvoorraadpagina(List<Werkvoorraadregel> regels, Optional<Werkvoorraadcursor> volgende, Long totaal) {

    public Werkvoorraadpagina {
        regels = List.copyOf(regels);
    }
}
