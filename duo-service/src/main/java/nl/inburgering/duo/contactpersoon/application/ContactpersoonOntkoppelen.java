package nl.inburgering.duo.contactpersoon.application;

import nl.inburgering.platform.bsn.Bsn;

/** Command: the gemeente removes the person's koppeling to its contactpersoon {@code id} (M2M DELETE koppeling). */
public record ContactpersoonOntkoppelen(String gemeentecode, int id, Bsn bsn) {
}
