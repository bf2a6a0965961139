package nl.inburgering.duo.dossier.messaging;

import nl.inburgering.contracts.event.VerblijfsdoelDoorgegeven;
import nl.inburgering.duo.dossier.application.InburgeringsplichtVaststellen;
import nl.inburgering.duo.dossier.domain.Verblijfsdoel;
import nl.inburgering.duo.dossier.domain.Verblijfsgegevens;
import nl.inburgering.platform.bsn.Bsn;
import nl.inburgering.platform.events.Eventvalidatie;
import nl.inburgering.platform.events.InvalidEventException;

/** Stelseldienst #1 in: IND's Verblijfsdoelen as the command to decide the plicht. */
final class VerblijfsdoelenMapper {

    private VerblijfsdoelenMapper() {
    }

    static InburgeringsplichtVaststellen alsCommand(VerblijfsdoelDoorgegeven v) {
        Verblijfsdoel verblijfsdoel = verblijfsdoel(v.getVerblijfsdoel());
        if (verblijfsdoel == null) {
            throw new InvalidEventException("Verblijfsdoelen met een onbekend verblijfsdoel");
        }
        return new InburgeringsplichtVaststellen(Bsn.of(Eventvalidatie.bsn(v.getBsn(), "Verblijfsdoelen")),
                v.getVNummer(), Eventvalidatie.gemeentecode(v.getGemeentecodeInschrijving(), "Verblijfsdoelen"),
                new Verblijfsgegevens(verblijfsdoel, v.getReferentIsAsielstatushouder(), v.getNationaliteit(),
                        v.getGeboortedatum(), v.getIngangsdatumVerblijfsrecht(), v.getDatumInschrijving(),
                        v.getOpvangInCoaLocatie()));
    }

    /** Null for ONBEKEND (a symbol this reader does not know yet): no verblijfsdoel DUO can decide on. */
    static Verblijfsdoel verblijfsdoel(nl.inburgering.contracts.common.Verblijfsdoel doel) {
        return switch (doel) {
            case ONBEKEND -> null;
            case ASIEL -> Verblijfsdoel.ASIEL;
            case GEZINSHERENIGING -> Verblijfsdoel.GEZINSHERENIGING;
            case GEZINSVORMING -> Verblijfsdoel.GEZINSVORMING;
            case GEESTELIJK_BEDIENAAR -> Verblijfsdoel.GEESTELIJK_BEDIENAAR;
            case OVERIG_NIET_TIJDELIJK -> Verblijfsdoel.OVERIG_NIET_TIJDELIJK;
            case STUDIE -> Verblijfsdoel.STUDIE;
            case UITWISSELING -> Verblijfsdoel.UITWISSELING;
            case ARBEID_IN_LOONDIENST -> Verblijfsdoel.ARBEID_IN_LOONDIENST;
            case ZELFSTANDIGE -> Verblijfsdoel.ZELFSTANDIGE;
            case STAGIAIR -> Verblijfsdoel.STAGIAIR;
            case KENNISMIGRANT -> Verblijfsdoel.KENNISMIGRANT;
            case EU_BLUE_CARD -> Verblijfsdoel.EU_BLUE_CARD;
            case SEIZOENARBEID -> Verblijfsdoel.SEIZOENARBEID;
            case ZOEKJAAR_HOOGOPGELEIDEN -> Verblijfsdoel.ZOEKJAAR_HOOGOPGELEIDEN;
            case ONDERZOEKER -> Verblijfsdoel.ONDERZOEKER;
            case MEDISCHE_BEHANDELING -> Verblijfsdoel.MEDISCHE_BEHANDELING;
            case TIJDELIJKE_HUMANITAIRE_GRONDEN -> Verblijfsdoel.TIJDELIJKE_HUMANITAIRE_GRONDEN;
            case GEZINSLID_BIJ_TIJDELIJK_DOEL -> Verblijfsdoel.GEZINSLID_BIJ_TIJDELIJK_DOEL;
            case ICT_RICHTLIJN -> Verblijfsdoel.ICT_RICHTLIJN;
        };
    }
}
