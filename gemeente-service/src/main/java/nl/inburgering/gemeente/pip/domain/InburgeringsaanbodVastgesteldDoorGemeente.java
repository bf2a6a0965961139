package nl.inburgering.gemeente.pip.domain;

import nl.inburgering.platform.bsn.Bsn;

/** Domain event: the gemeente vastgesteld the inburgeringsaanbod of an asielstatushouder, for DUO (#16). */
public record InburgeringsaanbodVastgesteldDoorGemeente(Bsn bsn, String gemeentecode, Inburgeringsaanbod aanbod) {
}
