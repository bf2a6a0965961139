package nl.inburgering.duo.dossier.domain;

import nl.inburgering.duo.dossier.api.GedetailleerdeDoelgroep;

import java.util.Optional;

/**
 * Who receives the Inburgeringsplicht vastgesteld (#3) of a plichtige (seed §3.2, §3.3, §15.3). A
 * gezinsmigrant or overige migrant: the gemeente of inschrijving. An asielstatushouder lives in an AZC and is
 * ingeschreven in the AZC gemeente, which is not his gemeente: COA receives #3 until COA links him to a
 * beoogde vestigingsgemeente; from then on that gemeente receives #3 together with the recht op
 * maatschappelijke begeleiding (#4), so the working relation starts before he lives there. An asielstatushouder
 * who does not live in an AZC (a nareiziger who joins his family, or one of whom IND's #1 says he never lived in a
 * COA location) belongs to the gemeente of inschrijving from the start: it receives #3 and #4, COA nothing (issue 13,
 * item 8; decision 0025).
 */
public final class LeveringPolicy {

    private LeveringPolicy() {
    }

    public enum Ontvanger { GEMEENTE, COA }

    /**
     * @param ontvanger                   who receives #3
     * @param gemeentecode                the receiving gemeente, or for COA the gemeente of inschrijving
     * @param maatschappelijkeBegeleiding whether #4 goes with it
     */
    public record Levering(Ontvanger ontvanger, String gemeentecode, boolean maatschappelijkeBegeleiding) {
    }

    /**
     * @param buitenAzc whether the person is known not to live in a COA location
     *                  ({@link Verblijfsgegevens#woontBuitenCoaLocatie()})
     */
    public static Levering bepaal(GedetailleerdeDoelgroep doelgroep, String gemeenteInschrijving,
            Optional<String> gekoppeldeGemeente, boolean buitenAzc) {
        if (doelgroep != GedetailleerdeDoelgroep.ASIELSTATUSHOUDER) {
            return new Levering(Ontvanger.GEMEENTE, gemeenteInschrijving, false);
        }
        if (gekoppeldeGemeente.isPresent()) {
            return new Levering(Ontvanger.GEMEENTE, gekoppeldeGemeente.get(), true);
        }
        return buitenAzc ? new Levering(Ontvanger.GEMEENTE, gemeenteInschrijving, true)
                : new Levering(Ontvanger.COA, gemeenteInschrijving, false);
    }
}
