package nl.inburgering.duo.dossier.domain;

/**
 * The verblijfsdoelen IND delivers (stelseldienst #1). Whether a doel is tijdelijk follows the IND list
 * of tijdelijke verblijfsdoelen (Wi2021 art. 3 and its Besluit).
 */
public enum Verblijfsdoel {
    ASIEL(false), GEZINSHERENIGING(false), GEZINSVORMING(false), GEESTELIJK_BEDIENAAR(false),
    OVERIG_NIET_TIJDELIJK(false),
    STUDIE(true), UITWISSELING(true), ARBEID_IN_LOONDIENST(true), ZELFSTANDIGE(true), STAGIAIR(true),
    KENNISMIGRANT(true), EU_BLUE_CARD(true), SEIZOENARBEID(true), ZOEKJAAR_HOOGOPGELEIDEN(true), ONDERZOEKER(true),
    MEDISCHE_BEHANDELING(true), TIJDELIJKE_HUMANITAIRE_GRONDEN(true), GEZINSLID_BIJ_TIJDELIJK_DOEL(true),
    ICT_RICHTLIJN(true);

    private final boolean tijdelijk;

    Verblijfsdoel(boolean tijdelijk) {
        this.tijdelijk = tijdelijk;
    }

    public boolean isTijdelijk() {
        return tijdelijk;
    }
}
