package nl.inburgering.instelling.factuur.domain;

import java.util.Optional;

import nl.inburgering.platform.bsn.Bsn;

/**
 * Whether DUO's judgement fits the invoice the instelling sent: about the same person, an amount betaalbaar gesteld
 * of more than 0 and never more than was invoiced, and an afwijzing with at least one reason. One that does not fit
 * is not applied: it is the sender's error, returned with its reason.
 */
public final class FactuurbeoordelingPolicy {

    private FactuurbeoordelingPolicy() {
    }

    /** @return the reason the judgement does not fit the invoice, or empty when it does */
    public static Optional<String> probleem(Factuur factuur, Factuurbeoordeling beoordeling,
            Bsn persoon) {
        if (!factuur.bsn().equals(persoon)) {
            return Optional.of("de beoordeling gaat over een ander dan de inburgeraar van de factuur");
        }
        return switch (beoordeling.oordeel()) {
            case BETAALBAAR_GESTELD -> {
                if (beoordeling.bedragBetaalbaar().signum() <= 0) {
                    yield Optional.of("betaalbaar gesteld zonder bedrag");
                }
                if (beoordeling.bedragBetaalbaar().compareTo(factuur.bedrag()) > 0) {
                    yield Optional.of("betaalbaar gesteld bedrag hoger dan het gefactureerde");
                }
                yield Optional.empty();
            }
            case AFGEWEZEN -> beoordeling.redenenAfwijzing().isEmpty()
                    ? Optional.of("afgewezen zonder reden")
                    : Optional.empty();
            case INGEDIEND -> Optional.of("geen oordeel");
        };
    }
}
