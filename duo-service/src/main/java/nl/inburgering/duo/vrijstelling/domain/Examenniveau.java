package nl.inburgering.duo.vrijstelling.domain;

/** The niveau a gedeeltelijke vrijstelling holds on (Vrijstelling API ExamenniveauGedeeltelijkeVrijstelling). */
public enum Examenniveau { A2, B1 }
