package nl.inburgering.coa.bewoner.application;

import java.time.LocalDate;
import java.util.UUID;

import nl.inburgering.coa.bewoner.application.Bewonerdossier.Afspraak;
import nl.inburgering.coa.bewoner.application.Bewonerdossier.KlantprofielVersie;
import nl.inburgering.coa.bewoner.application.Bewonerdossier.WarmeOverdracht;
import nl.inburgering.platform.bsn.Bsn;

/**
 * A koppeling as the gekoppelde gemeente sees it at COA, the source ("gegevens ophalen bij de bron", §15.2): the
 * koppeling, what was arranged, and the latest klantprofiel.
 *
 * @param afspraakUiterlijk the last day on which the gemeente can agree a variant
 * @param voorinburgeringGeaccepteerd null while COA made no offer
 * @param uitgestroomdOp    the day the bewoner became ingezetene of the gemeente, or null while in the AZC
 * @param klantprofiel      the latest klantprofiel, or null while COA recorded none
 */
public record Koppelingsdossier(UUID id, Bsn bsn, String vNummer, String gemeentecode, String vorigeGemeentecode,
        LocalDate datumKoppeling, String azcLocatie, LocalDate verwachteDatumUitstroom, LocalDate afspraakUiterlijk,
        Afspraak afspraak, WarmeOverdracht warmeOverdracht, Boolean voorinburgeringGeaccepteerd,
        LocalDate uitgestroomdOp, KlantprofielVersie klantprofiel) {
}
