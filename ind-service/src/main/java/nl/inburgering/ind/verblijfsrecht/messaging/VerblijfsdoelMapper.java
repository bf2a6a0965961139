package nl.inburgering.ind.verblijfsrecht.messaging;

import nl.inburgering.ind.verblijfsrecht.domain.Verblijfsdoel;

/**
 * IND's verblijfsdoel as the contract's (one symbol each; the contract's ONBEKEND is a reader's fallback IND never
 * sends). The switch has no default: a new domain value does not compile until it is translated here.
 */
final class VerblijfsdoelMapper {

    private VerblijfsdoelMapper() {
    }

    static nl.inburgering.contracts.common.Verblijfsdoel naarContract(Verblijfsdoel doel) {
        return switch (doel) {
            case ASIEL -> nl.inburgering.contracts.common.Verblijfsdoel.ASIEL;
            case GEZINSHERENIGING -> nl.inburgering.contracts.common.Verblijfsdoel.GEZINSHERENIGING;
            case GEZINSVORMING -> nl.inburgering.contracts.common.Verblijfsdoel.GEZINSVORMING;
            case GEESTELIJK_BEDIENAAR -> nl.inburgering.contracts.common.Verblijfsdoel.GEESTELIJK_BEDIENAAR;
            case OVERIG_NIET_TIJDELIJK -> nl.inburgering.contracts.common.Verblijfsdoel.OVERIG_NIET_TIJDELIJK;
            case STUDIE -> nl.inburgering.contracts.common.Verblijfsdoel.STUDIE;
            case UITWISSELING -> nl.inburgering.contracts.common.Verblijfsdoel.UITWISSELING;
            case ARBEID_IN_LOONDIENST -> nl.inburgering.contracts.common.Verblijfsdoel.ARBEID_IN_LOONDIENST;
            case ZELFSTANDIGE -> nl.inburgering.contracts.common.Verblijfsdoel.ZELFSTANDIGE;
            case STAGIAIR -> nl.inburgering.contracts.common.Verblijfsdoel.STAGIAIR;
            case KENNISMIGRANT -> nl.inburgering.contracts.common.Verblijfsdoel.KENNISMIGRANT;
            case EU_BLUE_CARD -> nl.inburgering.contracts.common.Verblijfsdoel.EU_BLUE_CARD;
            case SEIZOENARBEID -> nl.inburgering.contracts.common.Verblijfsdoel.SEIZOENARBEID;
            case ZOEKJAAR_HOOGOPGELEIDEN -> nl.inburgering.contracts.common.Verblijfsdoel.ZOEKJAAR_HOOGOPGELEIDEN;
            case ONDERZOEKER -> nl.inburgering.contracts.common.Verblijfsdoel.ONDERZOEKER;
            case MEDISCHE_BEHANDELING -> nl.inburgering.contracts.common.Verblijfsdoel.MEDISCHE_BEHANDELING;
            case TIJDELIJKE_HUMANITAIRE_GRONDEN -> nl.inburgering.contracts.common.Verblijfsdoel.TIJDELIJKE_HUMANITAIRE_GRONDEN;
            case GEZINSLID_BIJ_TIJDELIJK_DOEL -> nl.inburgering.contracts.common.Verblijfsdoel.GEZINSLID_BIJ_TIJDELIJK_DOEL;
            case ICT_RICHTLIJN -> nl.inburgering.contracts.common.Verblijfsdoel.ICT_RICHTLIJN;
        };
    }
}
