package nl.inburgering.duo.lening.domain;

import java.util.function.Predicate;

/**
 * DUO's checks of a factuur from a lening (seed §12.2), each a named rule with the sentence the instelling reads
 * when the factuur fails it. A factuur above the remaining amount is refused as a whole, not paid in part (decision
 * 0039): the instelling sends a factuur for what is left, and nothing is paid that the inburgeraar did not approve.
 */
public enum Factuurregel {

    LENING_TOEGEKEND("De inburgeraar heeft geen toegekende lening bij DUO.",
            Factuurfeiten::leningToegekend),
    PIP_VASTGESTELD("Er is nog geen persoonlijk plan inburgering en participatie (PIP) vastgesteld: een factuur "
            + "kan pas worden ingediend als het PIP is vastgesteld.", Factuurfeiten::pipVastgesteld),
    LEERROUTE_CONFORM_PIP("De opleiding volgt niet de leerroute van het PIP.",
            f -> !f.pipVastgesteld() || f.pipLeerroute() == f.cursusLeerroute()),
    NIVEAU_CONFORM_PIP("Het niveau van de opleiding is lager dan dat van het PIP.",
            f -> !f.pipVastgesteld() || f.pipNiveau() == null || f.cursusNiveau() == null
                    || f.cursusNiveau().isGelijkOfHoger(f.pipNiveau())),
    ERKENDE_INSTELLING("De instelling is niet erkend: zij heeft geen keurmerk van Blik op Werk (of, voor de "
            + "onderwijsroute, geen keurmerk Taalschakeltraject) in het register van DUO.",
            Factuurfeiten::erkendeInstelling),
    BINNEN_RESTANT("Het bedrag van de factuur is hoger dan wat er van de lening over is.",
            f -> !f.leningToegekend() || f.bedrag().compareTo(f.restant()) <= 0),
    PLICHT_NIET_BEEINDIGD("De inburgeringsplicht is beëindigd: er worden geen facturen meer betaald.",
            Factuurfeiten::plichtLoopt);

    private final String zin;
    private final Predicate<Factuurfeiten> voldaan;

    Factuurregel(String zin, Predicate<Factuurfeiten> voldaan) {
        this.zin = zin;
        this.voldaan = voldaan;
    }

    public String zin() {
        return zin;
    }

    public boolean isVoldaan(Factuurfeiten feiten) {
        return voldaan.test(feiten);
    }
}
