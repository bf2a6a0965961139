/**
 * The published API of the PIP feature: where a page of inburgeraars stands with PIP and termijn
 * ({@link nl.inburgering.gemeente.pip.api.Termijnstanden}), for the signals in the werkvoorraad (issue 14), and when
 * its latest PIP was set ({@link nl.inburgering.gemeente.pip.api.PipMomenten}, issue 15).
 */
@NamedInterface("api")
package nl.inburgering.gemeente.pip.api;

import org.springframework.modulith.NamedInterface;
