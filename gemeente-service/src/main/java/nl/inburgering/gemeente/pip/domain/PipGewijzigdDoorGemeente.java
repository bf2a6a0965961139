package nl.inburgering.gemeente.pip.domain;

import nl.inburgering.platform.bsn.Bsn;

/** Domain event: the gemeente changed a PIP DUO has (or may have), with the reden of the wijziging, for DUO (#16). */
public record PipGewijzigdDoorGemeente(Bsn bsn, String gemeentecode, Pip pip) {
}
