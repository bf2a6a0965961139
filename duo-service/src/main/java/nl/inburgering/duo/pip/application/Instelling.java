package nl.inburgering.duo.pip.application;

/**
 * An instelling DUO knows (GET /instellingen of the Inburgeringsaanbod API), from {@code keten.duo.pip.erkende-instellingen}.
 *
 * @param bow the registratienummer at Blik op Werk, when the instelling has one
 */
public record Instelling(String instellingsnummer, String naam, String brin, String bow, boolean bowKeurmerk,
        boolean tstKeurmerk, String postcode, int huisnummer, String huisnummertoevoeging, String plaatsnaam) {
}
