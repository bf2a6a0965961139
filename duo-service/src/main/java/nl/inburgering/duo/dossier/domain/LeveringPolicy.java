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
 * item 8; decision 0025). The koppeling names his gemeente only while he lives in the AZC: once he settled (ingeschreven
 * in the gekoppelde gemeente), he is an ingezetene like any other and, after a verhuizing, the gemeente of inschrijving
 * has him, with #4 (seed §13.2; issue 16, decision 0037).
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
     * COA's koppeling as DUO knows it.
     *
     * @param inCoaLocatie true while he still lives in the AZC; false once ingeschreven in the gekoppelde gemeente
     */
    public record Koppeling(String gemeentecode, boolean inCoaLocatie) {
    }

    /**
     * The same with a koppeling of a person who still lives in the AZC.
     *
     * @param buitenAzc whether the person is known not to live in a COA location
     *                  ({@link Verblijfsgegevens#woontBuitenCoaLocatie()})
     */
    public static Levering bepaal(GedetailleerdeDoelgroep doelgroep, String gemeenteInschrijving,
            Optional<String> gekoppeldeGemeente, boolean buitenAzc) {
        return bepaalMetKoppeling(doelgroep, gemeenteInschrijving, gekoppeldeGemeente.map(g -> new Koppeling(g, true)),
                buitenAzc);
    }

    /**
     * Whether COA's koppeling can decide who receives the plicht of this doelgroep: only an asielstatushouder's. For
     * any other the caller need not look the koppeling up.
     */
    public static boolean hangtAfVanKoppeling(GedetailleerdeDoelgroep doelgroep) {
        return doelgroep == GedetailleerdeDoelgroep.ASIELSTATUSHOUDER;
    }

    /**
     * @param koppeling COA's koppeling, if any; once he left the AZC for his gekoppelde gemeente it no longer decides
     * @param buitenAzc whether the person is known not to live in a COA location
     *                  ({@link Verblijfsgegevens#woontBuitenCoaLocatie()})
     */
    public static Levering bepaalMetKoppeling(GedetailleerdeDoelgroep doelgroep, String gemeenteInschrijving,
            Optional<Koppeling> koppeling, boolean buitenAzc) {
        if (!hangtAfVanKoppeling(doelgroep)) {
            return new Levering(Ontvanger.GEMEENTE, gemeenteInschrijving, false);
        }
        if (koppeling.isPresent()) {
            return new Levering(Ontvanger.GEMEENTE,
                    koppeling.get().inCoaLocatie() ? koppeling.get().gemeentecode() : gemeenteInschrijving, true);
        }
        return buitenAzc ? new Levering(Ontvanger.GEMEENTE, gemeenteInschrijving, true)
                : new Levering(Ontvanger.COA, gemeenteInschrijving, false);
    }
}
