package nl.inburgering.instelling.inspanning.domain;

import nl.inburgering.platform.bsn.Bsn;

/** Domain event: the inspanning of a gezinsmigrant or overige migrant, straight for DUO (#18, §15.5). */
public record InspanningGemeldAanDuo(Bsn bsn, Inspanningsstand stand) {
}
