package nl.inburgering.duo.resultaten.api;

import nl.inburgering.platform.bsn.Bsn;

/**
 * DUO registered (or withdrew) a result of PVT, MAP or Z-route of the person (#17 or the M2M API). An application
 * event published in the transaction of the registration and handled there (synchronously), so what a new fact
 * decides (vaststellen voldaan) commits with it or not at all. The facts are read through {@link Resultaatfeiten}.
 */
public record ResultaatVastgelegd(Bsn bsn) {
}
