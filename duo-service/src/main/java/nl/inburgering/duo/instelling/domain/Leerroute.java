package nl.inburgering.duo.instelling.domain;

/** The leerroute the onderwijs at the instelling is meant for. */
public enum Leerroute { B1_ROUTE, ONDERWIJSROUTE, Z_ROUTE }
