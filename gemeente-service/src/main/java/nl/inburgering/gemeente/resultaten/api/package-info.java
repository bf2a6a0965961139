/**
 * The published API of the results of PVT, MAP and Z-route: the SPI through which it asks the leerroute of the
 * gemeente's actuele PIP ({@code ActueleLeerroute}, answered by the PIP feature).
 */
@NamedInterface("api")
package nl.inburgering.gemeente.resultaten.api;

import org.springframework.modulith.NamedInterface;
