package nl.inburgering.coa.bewoner.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import nl.inburgering.coa.bewoner.application.BewonerOverzicht;
import nl.inburgering.coa.bewoner.application.Bewonerdossier;
import nl.inburgering.coa.bewoner.application.Bewonerdossier.Afspraak;
import nl.inburgering.coa.bewoner.application.Bewonerdossier.Deling;
import nl.inburgering.coa.bewoner.application.Bewonerdossier.KlantprofielVersie;
import nl.inburgering.coa.bewoner.application.Bewonerdossier.Koppeling;
import nl.inburgering.coa.bewoner.application.Bewonerdossier.Plicht;
import nl.inburgering.coa.bewoner.application.Bewonerdossier.Uitstroom;
import nl.inburgering.coa.bewoner.application.Bewonerdossier.Voorinburgering;
import nl.inburgering.coa.bewoner.application.Bewonerdossier.WarmeOverdracht;
import nl.inburgering.coa.bewoner.application.Koppelingsdossier;

/**
 * The read models as the REST API gives them: the application's, with the BSN as the string the caller sent (the
 * application keeps it as {@code Bsn}, which never shows its number by itself).
 */
final class Leesmodellen {

    private Leesmodellen() {
    }

    record BewonerOverzichtResponse(UUID id, String bsn, String vNummer, String azcLocatie, Instant geregistreerdOp,
            boolean inburgeringsplichtig, String gekoppeldeGemeente, LocalDate uitgestroomdOp) {

        static BewonerOverzichtResponse van(BewonerOverzicht o) {
            return new BewonerOverzichtResponse(o.id(), o.bsn().value(), o.vNummer(), o.azcLocatie(),
                    o.geregistreerdOp(), o.inburgeringsplichtig(), o.gekoppeldeGemeente(), o.uitgestroomdOp());
        }
    }

    record BewonerdossierResponse(UUID id, String bsn, String vNummer, String azcLocatie, Instant geregistreerdOp,
            Plicht inburgeringsplicht, Koppeling koppeling, List<Koppeling> koppelingshistorie,
            KlantprofielVersie klantprofiel, List<KlantprofielVersie> klantprofielhistorie,
            Voorinburgering voorinburgering, Uitstroom uitstroom, List<Deling> gedeeldeKlantprofielen,
            LocalDate overledenOp) {

        static BewonerdossierResponse van(Bewonerdossier d) {
            return new BewonerdossierResponse(d.id(), d.bsn().value(), d.vNummer(), d.azcLocatie(),
                    d.geregistreerdOp(), d.inburgeringsplicht(), d.koppeling(), d.koppelingshistorie(),
                    d.klantprofiel(), d.klantprofielhistorie(), d.voorinburgering(), d.uitstroom(),
                    d.gedeeldeKlantprofielen(), d.overledenOp());
        }
    }

    record KoppelingsdossierResponse(UUID id, String bsn, String vNummer, String gemeentecode,
            String vorigeGemeentecode, LocalDate datumKoppeling, String azcLocatie, LocalDate verwachteDatumUitstroom,
            LocalDate afspraakUiterlijk, Afspraak afspraak, WarmeOverdracht warmeOverdracht,
            Boolean voorinburgeringGeaccepteerd, LocalDate uitgestroomdOp, KlantprofielVersie klantprofiel) {

        static KoppelingsdossierResponse van(Koppelingsdossier k) {
            return new KoppelingsdossierResponse(k.id(), k.bsn().value(), k.vNummer(), k.gemeentecode(),
                    k.vorigeGemeentecode(), k.datumKoppeling(), k.azcLocatie(), k.verwachteDatumUitstroom(),
                    k.afspraakUiterlijk(), k.afspraak(), k.warmeOverdracht(), k.voorinburgeringGeaccepteerd(),
                    k.uitgestroomdOp(), k.klantprofiel());
        }
    }
}
