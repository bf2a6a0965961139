package nl.inburgering.gemeente.pip.domain;

import java.util.Optional;

/** The leerroute of a PIP (Wi2021 art. 7), as the caseworker and DUO's M2M PIP API name it. */
public enum Leerroute {
    B1_ROUTE, ONDERWIJSROUTE, Z_ROUTE;

    /** The caseworker's code; the contracts' long name of the Z-route is accepted as well. */
    public static Optional<Leerroute> vanCode(String code) {
        if ("ZELFREDZAAMHEIDSROUTE".equals(code)) {
            return Optional.of(Z_ROUTE);
        }
        for (Leerroute leerroute : values()) {
            if (leerroute.name().equals(code)) {
                return Optional.of(leerroute);
            }
        }
        return Optional.empty();
    }
}
