package nl.inburgering.duo.lening.domain;

/** A taalniveau, lowest first: a later constant is a higher niveau. */
public enum Niveau {
    A2, B1;

    public boolean isGelijkOfHoger(Niveau ander) {
        return compareTo(ander) >= 0;
    }
}
