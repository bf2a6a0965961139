package nl.inburgering.gemeente.pip.domain;

import nl.inburgering.platform.bsn.Bsn;

/** Domain event: the gemeente vastgesteld a person's first PIP (or the first after only rejections), for DUO (#16). */
public record PipVastgesteldDoorGemeente(Bsn bsn, String gemeentecode, Pip pip) {
}
