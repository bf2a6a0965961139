package nl.inburgering.duo.leerbaarheidstoets.web;

import nl.inburgering.duo.leerbaarheidstoets.application.Uitslagverwerking;

/**
 * @param status           KLAARGEZET, AFGENOMEN (waiting for the verklaring ordentelijk verloop) or AFGEROND
 * @param uitkomstGeleverd whether the uitkomst (#6) went to the gemeente with this uitslag
 */
record UitslagAntwoord(String examennummer, String status, boolean uitkomstGeleverd) {

    static UitslagAntwoord van(Uitslagverwerking verwerking) {
        return new UitslagAntwoord(verwerking.examennummer(), verwerking.status().name(),
                verwerking.uitkomstGeleverd());
    }
}
