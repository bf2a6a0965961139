/**
 * The published API of the BRP-bijhouding: the facts it announces to the other features as in-transaction
 * application events ({@link nl.inburgering.gemeente.brp.api.VerhuisdNaarGemeente}), and whether a person is
 * ingezetene of a gemeente now ({@link nl.inburgering.gemeente.brp.api.Ingezetenen}).
 */
@NamedInterface("api")
package nl.inburgering.gemeente.brp.api;

import org.springframework.modulith.NamedInterface;
