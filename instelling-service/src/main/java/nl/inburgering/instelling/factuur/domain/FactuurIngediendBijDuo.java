package nl.inburgering.instelling.factuur.domain;

/** Domain event: the instelling sent this invoice to DUO (seed §12.2), to be paid from the inburgeraar's lening. */
public record FactuurIngediendBijDuo(Factuur factuur) {
}
