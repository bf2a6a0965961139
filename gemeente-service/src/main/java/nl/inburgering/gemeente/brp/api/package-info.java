/**
 * The published API of the BRP-bijhouding: the facts it announces to the other features as in-transaction
 * application events ({@link nl.inburgering.gemeente.brp.api.VerhuisdNaarGemeente}).
 */
@NamedInterface("api")
package nl.inburgering.gemeente.brp.api;

import org.springframework.modulith.NamedInterface;
