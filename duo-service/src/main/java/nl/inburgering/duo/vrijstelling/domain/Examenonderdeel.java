package nl.inburgering.duo.vrijstelling.domain;

/** The examenonderdelen Nederlands a gedeeltelijke vrijstelling can cover (Vrijstelling API ExamenonderdeelNederlands). */
public enum Examenonderdeel { LE, LU, SC, SP }
