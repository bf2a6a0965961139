package nl.inburgering.coa.bewoner.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import nl.inburgering.coa.bewoner.domain.Afspraakwijze;
import nl.inburgering.coa.bewoner.domain.Alfabetiseringsbehoefte;
import nl.inburgering.coa.bewoner.domain.Betrokkenheidsvariant;
import nl.inburgering.coa.bewoner.domain.Klantprofielmoment;
import nl.inburgering.platform.bsn.Bsn;

/**
 * Everything COA knows of one bewoner, as the COA medewerker sees it. A field that does not apply (yet) is
 * {@code null}.
 *
 * @param inburgeringsplicht     what DUO delivered to COA (#3), or null while DUO delivered nothing
 * @param koppeling              the current koppeling to a gemeente, or null
 * @param koppelingshistorie     every koppeling, the current one last
 * @param klantprofiel           the current version of the klantprofiel, or null
 * @param klantprofielhistorie   every version, oldest first
 * @param voorinburgering        COA's offer of voorinburgering and the answer, or null while there was none
 * @param uitstroom              the end of the stay (ingezetene of the gekoppelde gemeente), or null
 * @param gedeeldeKlantprofielen every delivery of the klantprofiel (#15) to a gemeente, oldest first
 * @param overledenOp            the day he died according to the BRP, or null
 */
public record Bewonerdossier(UUID id, Bsn bsn, String vNummer, String azcLocatie, Instant geregistreerdOp,
        Plicht inburgeringsplicht, Koppeling koppeling, List<Koppeling> koppelingshistorie,
        KlantprofielVersie klantprofiel, List<KlantprofielVersie> klantprofielhistorie,
        Voorinburgering voorinburgering, Uitstroom uitstroom, List<Deling> gedeeldeKlantprofielen,
        LocalDate overledenOp) {

    /**
     * @param wijziging the last #3 gewijzigd, or null
     * @param einde     #3 beëindigd, or null while the plicht runs
     */
    public record Plicht(LocalDate begindatum, String doelgroep, String gedetailleerdeDoelgroep,
            LocalDate datumVaststelling, String gemeentecodeInschrijving, Instant ontvangenOp, Wijziging wijziging,
            Einde einde) {
    }

    /** Why and since when DUO changed the plicht, and the onderdelen still open (DUO's codes). */
    public record Wijziging(String reden, LocalDate datum, List<String> openstaandeOnderdelen) {
    }

    /** The last day of the plicht and why it ended (DUO's RedenGeenInburgeringsplicht). */
    public record Einde(LocalDate einddatum, String reden) {
    }

    /**
     * @param afspraakUiterlijk the last day on which the gemeente can agree a variant; after it the standaard applies
     */
    public record Koppeling(UUID id, String gemeentecode, String vorigeGemeentecode, LocalDate datumKoppeling,
            LocalDate verwachteDatumUitstroom, boolean actueel, Instant beeindigdOp, LocalDate afspraakUiterlijk,
            Afspraak afspraak, WarmeOverdracht warmeOverdracht) {
    }

    public record Afspraak(Betrokkenheidsvariant variant, Afspraakwijze wijze, Instant vastgelegdOp) {
    }

    /** @param gepland the day the gemeente planned; @param gehouden the day COA recorded it took place */
    public record WarmeOverdracht(LocalDate gepland, LocalDate gehouden) {
    }

    public record KlantprofielVersie(int versie, LocalDate datumBijgewerkt, String geboorteland, List<String> talen,
            String hoogstGenotenOpleiding, String werkervaring, Alfabetiseringsbehoefte alfabetiseringsbehoefte,
            boolean voorinburgeringGevolgd, Integer urenVoorinburgering, String bijzonderheden,
            Instant geregistreerdOp) {
    }

    public record Voorinburgering(boolean geaccepteerd, Instant vastgelegdOp) {
    }

    public record Uitstroom(LocalDate datum, String gemeentecode) {
    }

    public record Deling(Klantprofielmoment moment, String gemeentecode, Integer klantprofielVersie,
            Instant gedeeldOp) {
    }
}
