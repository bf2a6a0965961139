package nl.inburgering.duo.vrijstelling.domain;

/** DUO's AanvraagOordeel. */
public enum Oordeel { TOEKENNING, AFWIJZING }
