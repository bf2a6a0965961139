package nl.inburgering.duo.leerbaarheidstoets.application;

import nl.inburgering.platform.bsn.Bsn;

import java.time.LocalDate;

/**
 * Command: the toetsbegeleider of a gemeente declares whether the afname of a leerbaarheidstoets went
 * ordentelijk (seed §4.2).
 *
 * @param examennummer the toets's examennummer as DUO gave it, or null: then the person's lopende toets
 */
public record VerloopVerklaren(Bsn bsn, String gemeentecode, String examennummer, LocalDate datumAfname,
        boolean ordentelijkVerloop, String toelichting) {
}
