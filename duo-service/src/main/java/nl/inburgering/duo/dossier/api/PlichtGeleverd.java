package nl.inburgering.duo.dossier.api;

import java.time.Instant;

import nl.inburgering.platform.bsn.Bsn;

/**
 * The plicht of a plichtige went out (#3) to a gemeente or to COA, in this transaction. An application event handled
 * synchronously in the same transaction, so whatever travels with the #3 commits with it.
 *
 * @param aanGemeente                  true when a gemeente receives it, false for COA
 * @param gemeentecode                 the receiving gemeente (for COA: the gemeente of inschrijving)
 * @param leerbaarheidstoetsKlaargezet what the #3 says about the leerbaarheidstoets
 * @param signaal                      the moment the triggering signal arrived, from which deadlines count
 */
public record PlichtGeleverd(Bsn bsn, boolean aanGemeente, String gemeentecode, boolean leerbaarheidstoetsKlaargezet,
        Instant signaal) {
}
