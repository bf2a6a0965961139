package nl.inburgering.instelling.cursist.domain;

/** Domain event: the instelling recorded an inschrijving; DUO hears of it with #20. */
public record InburgeraarIngeschreven(Inschrijving inschrijving) {
}
