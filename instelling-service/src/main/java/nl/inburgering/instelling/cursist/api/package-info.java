/**
 * The published API of the cursist core: what the other features of the instelling may know of a cursist. Find
 * the medewerker's own cursist ({@link nl.inburgering.instelling.cursist.api.EigenCursist}) as a small read record
 * ({@link nl.inburgering.instelling.cursist.api.Cursist}), and the instelling the medewerker works for
 * ({@link nl.inburgering.instelling.cursist.api.HuidigeInstelling}, from the token only). Nothing else is visible.
 */
@NamedInterface("api")
package nl.inburgering.instelling.cursist.api;

import org.springframework.modulith.NamedInterface;
