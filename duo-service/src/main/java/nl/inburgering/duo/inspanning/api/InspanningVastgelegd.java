package nl.inburgering.duo.inspanning.api;

import nl.inburgering.platform.bsn.Bsn;

/**
 * DUO accepted a new stand of inspanning (#18) of the person. An application event published in the transaction of
 * the registration and handled there (synchronously), so what a new fact decides (vaststellen voldaan: the
 * taalschakeltraject afgerond) commits with it or not at all. The facts are read through {@link Inspanningfeiten}
 * and {@link Taalschakeltrajecten}.
 */
public record InspanningVastgelegd(Bsn bsn) {
}
