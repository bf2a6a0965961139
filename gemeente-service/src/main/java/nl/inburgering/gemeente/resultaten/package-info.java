/**
 * Seed §5.2, §6.2, §7.2 (stelseldienst #17): the results of the leerroute the gemeente records (PVT, MAP, and for the
 * Z-route the participatie and the eindgesprek), delivered to DUO, and DUO's answer to them in the gemeente's own
 * record, whichever way the result reached DUO.
 */
package nl.inburgering.gemeente.resultaten;
