/**
 * The published API of the person core: what every other feature of the gemeente may know of the inburgeraar.
 * Find the caseworker's own inburgeraar ({@link nl.inburgering.gemeente.inburgeraar.api.EigenInburgeraar}) as a
 * small read record ({@link nl.inburgering.gemeente.inburgeraar.api.Inburgeraar}); contribute a chapter's columns
 * to the werkvoorraad ({@link nl.inburgering.gemeente.inburgeraar.api.WerkvoorraadBijdrage}, an SPI), among them
 * the signals of what needs action ({@link nl.inburgering.gemeente.inburgeraar.api.Signaal}); announce the
 * facts the core acts on as in-transaction application events
 * ({@link nl.inburgering.gemeente.inburgeraar.api.KoppelingVervallen}). Nothing else of the core is visible.
 */
@NamedInterface("api")
package nl.inburgering.gemeente.inburgeraar.api;

import org.springframework.modulith.NamedInterface;
