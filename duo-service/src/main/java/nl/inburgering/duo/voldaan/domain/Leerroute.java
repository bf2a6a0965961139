package nl.inburgering.duo.voldaan.domain;

/** The leerroute of the actuele PIP in which the plicht is judged. */
public enum Leerroute { B1_ROUTE, ONDERWIJSROUTE, Z_ROUTE }
