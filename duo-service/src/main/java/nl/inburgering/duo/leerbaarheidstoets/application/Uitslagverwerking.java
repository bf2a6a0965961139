package nl.inburgering.duo.leerbaarheidstoets.application;

import nl.inburgering.duo.leerbaarheidstoets.domain.Toetsstatus;

/**
 * What became of an uitslag.
 *
 * @param uitkomstGeleverd whether the uitkomst (#6) went out now; false while the verklaring ordentelijk
 *                         verloop is still awaited
 */
public record Uitslagverwerking(String examennummer, Toetsstatus status, boolean uitkomstGeleverd) {
}
