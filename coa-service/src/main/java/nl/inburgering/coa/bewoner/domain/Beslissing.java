package nl.inburgering.coa.bewoner.domain;

import java.util.Optional;

/** The outcome of a policy: allowed, or refused with a reason a caseworker understands. */
public record Beslissing(Optional<String> weigering) {

    private static final Beslissing TOEGESTAAN = new Beslissing(Optional.empty());

    public static Beslissing toegestaan() {
        return TOEGESTAAN;
    }

    public static Beslissing geweigerd(String reden) {
        return new Beslissing(Optional.of(reden));
    }

    public boolean isToegestaan() {
        return weigering.isEmpty();
    }
}
