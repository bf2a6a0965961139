package nl.inburgering.duo.leerbaarheidstoets.domain;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * A score on the leerbaarheidstoets as DUO writes it: one to three digits, a comma and two decimals
 * ({@code "61,50"}; the pattern of the Leerbaarheidstoets API's {@code behaaldeScore} and {@code benodigdeScore}).
 * Compared by value, written back exactly as read.
 */
public record Score(String tekst) implements Comparable<Score> {

    private static final Pattern VORM = Pattern.compile("\\d{1,3},\\d{2}");

    public Score {
        if (!isGeldig(tekst)) {
            throw new IllegalArgumentException("een score heeft de vorm 61,50");
        }
    }

    public static boolean isGeldig(String tekst) {
        return tekst != null && VORM.matcher(tekst).matches();
    }

    public BigDecimal waarde() {
        return new BigDecimal(tekst.replace(',', '.'));
    }

    @Override
    public int compareTo(Score ander) {
        return waarde().compareTo(ander.waarde());
    }

    @Override
    public String toString() {
        return tekst;
    }
}
