package nl.inburgering.ind.verblijfsrecht.domain;

import java.util.Optional;

/**
 * Seed §3.2: IND delivers Verblijfsdoelen (stelseldienst #1) to DUO after the inschrijving in the BRP of
 * a person with verblijfsrecht. Both facts must be known, they may arrive in either order, and the
 * delivery happens once.
 */
public final class VerblijfsdoelenLeveringPolicy {

    private VerblijfsdoelenLeveringPolicy() {
    }

    public static Optional<TeLeverenVerblijfsdoel> beoordeel(Optional<Verblijfsvergunning> vergunning,
            Optional<BrpInschrijving> inschrijving, boolean alGeleverd) {
        if (alGeleverd || vergunning.isEmpty() || inschrijving.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new TeLeverenVerblijfsdoel(vergunning.get(), inschrijving.get()));
    }

    public record TeLeverenVerblijfsdoel(Verblijfsvergunning vergunning, BrpInschrijving inschrijving) {
    }
}
