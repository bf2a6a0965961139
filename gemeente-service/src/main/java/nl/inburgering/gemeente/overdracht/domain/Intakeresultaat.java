package nl.inburgering.gemeente.overdracht.domain;

import java.time.LocalDate;

/**
 * What the old gemeente recorded of the brede intake, as it passes in the overdracht (#19): the opkomst and DUO's
 * latest uitkomst of the leerbaarheidstoets (#6; the new gemeente does not get that #6 again from DUO).
 *
 * @param leerbaarheidstoetsResultaat by the contract's name; null without an uitkomst
 */
public record Intakeresultaat(int aantalOproepen, int aantalKeerNietVerschenen, String leerbaarheidstoetsResultaat,
        String behaaldeScore, String benodigdeScore, LocalDate datumAfnameLeerbaarheidstoets) {
}
