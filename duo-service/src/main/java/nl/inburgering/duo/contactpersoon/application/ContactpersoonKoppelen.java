package nl.inburgering.duo.contactpersoon.application;

import nl.inburgering.platform.bsn.Bsn;

/** Command: the gemeente names its contactpersoon {@code id} for the person (M2M POST koppeling). */
public record ContactpersoonKoppelen(String gemeentecode, int id, Bsn bsn) {
}
