package nl.inburgering.duo.dossier.api;

/**
 * The onderdelen of the inburgeringsplicht as DUO sets them (contract Plichtonderdeel): the five examenonderdelen,
 * the participatieverklaringstraject and the module arbeidsmarkt en participatie. A partial vrijstelling or
 * ontheffing takes some away ({@link Plichtwijziging#onderdelenVervallen}).
 */
public enum Plichtonderdeel {
    KNM, LE, LU, SC, SP, PVT, MAP
}
