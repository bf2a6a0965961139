package nl.inburgering.instelling.cursist.api;

/** The leerroute the education is meant for (seed §5-§7), in the words of the gemeente's PIP. */
public enum Leerroute {
    B1_ROUTE, ONDERWIJSROUTE, Z_ROUTE
}
