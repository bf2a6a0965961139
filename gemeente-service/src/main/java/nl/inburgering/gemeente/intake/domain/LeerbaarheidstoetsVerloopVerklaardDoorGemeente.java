package nl.inburgering.gemeente.intake.domain;

import java.time.LocalDate;

import nl.inburgering.platform.bsn.Bsn;

/**
 * Domain event: the toetsbegeleider declared how the leerbaarheidstoets went, for a person who appeared (to DUO).
 *
 * @param examennummer null for the first toets announced by the plicht (#3) whose #6 did not arrive yet
 * @param datumAfname  the afspraak's Dutch calendar day
 */
public record LeerbaarheidstoetsVerloopVerklaardDoorGemeente(Bsn bsn, String gemeentecode, String examennummer,
        LocalDate datumAfname, Boolean ordentelijkVerloop, String toelichting) {
}
