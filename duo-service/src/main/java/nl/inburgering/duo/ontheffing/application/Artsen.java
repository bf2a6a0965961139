package nl.inburgering.duo.ontheffing.application;

import java.util.List;

/**
 * The artsen (or their organisation) the Minister of SZW aangewezen for the deskundigenverklaring, to whom DUO refers
 * the inburgeraar (seed §11.2; configuration {@code keten.duo.ontheffing.artsen}).
 */
public record Artsen(List<String> namen) {

    public Artsen {
        namen = List.copyOf(namen);
    }

    public boolean isAangewezen(String arts) {
        return arts != null && namen.contains(arts);
    }
}
