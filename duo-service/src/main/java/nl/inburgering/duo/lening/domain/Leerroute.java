package nl.inburgering.duo.lening.domain;

/** The leerroute of a PIP or of the onderwijs an instelling invoices. */
public enum Leerroute { B1_ROUTE, ONDERWIJSROUTE, Z_ROUTE }
