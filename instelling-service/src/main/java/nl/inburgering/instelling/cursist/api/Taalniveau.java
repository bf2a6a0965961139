package nl.inburgering.instelling.cursist.api;

/** The language level the course aims at. */
public enum Taalniveau {
    A2, B1, B2
}
