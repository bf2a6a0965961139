package nl.inburgering.duo.ontheffing.web;

import nl.inburgering.platform.web.Invoercontrole;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import nl.inburgering.duo.ontheffing.application.BioAanvragen;
import nl.inburgering.platform.bsn.Bsn;
import nl.inburgering.platform.config.KetenProperties;
import nl.inburgering.platform.security.Rol;
import nl.inburgering.platform.security.Toegang;
import nl.inburgering.platform.web.InvalidParam;

/**
 * Ontheffing wegens bijzondere individuele omstandigheden (seed §11.3) at DUO's backoffice: the aanvraag (201; without
 * the gemeente's advies DUO asks the gemeente for it, SS140), the advies added later, the arts's advies after a
 * machtiging, and the complete dossier handed to SZW, who decides (/api/v1/szw/bio-dossiers, #21). 400 lists every
 * problem; 404 for an unknown person or aanvraag; 409 for a step the procedure does not allow now.
 */
@RestController
@RequestMapping("/api/v1/ontheffingsaanvragen")
@Toegang(Rol.DUO_BACKOFFICE)
class BioAanvraagController {

    static final int MAX_ADVIES = 2000;

    private final BioAanvragen bio;
    private final Clock clock;
    private final String duoOin;

    BioAanvraagController(BioAanvragen bio, Clock clock, KetenProperties keten) {
        this.bio = bio;
        this.clock = clock;
        this.duoOin = keten.oin();
    }

    /** @param adviesGemeente the gemeente's advies the aanvraag carries (with datumAdviesGemeente), or absent */
    record BioVerzoek(String bsn, String datumAanvraag, String adviesGemeente, String datumAdviesGemeente,
            Boolean machtigingMedischOnderzoek, String toelichting) {
    }

    record AdviesVerzoek(String advies, String datumAdvies, String toelichting) {
    }

    record MedischAdviesVerzoek(String arts, String advies, String toelichting) {
    }

    record OverdrachtVerzoek(String toelichting) {
    }

    @PostMapping("/bio")
    ResponseEntity<OntheffingsaanvraagController.Aanvraag> aanvragen(@RequestBody BioVerzoek verzoek) {
        Invoer.alleenDuo(duoOin);
        List<InvalidParam> problemen = new ArrayList<>();
        Invoercontrole.bsn(verzoek.bsn(), problemen);
        LocalDate datum = Invoer.datum(clock, "datumAanvraag", verzoek.datumAanvraag(), problemen);
        LocalDate adviesDatum = null;
        if (verzoek.adviesGemeente() != null) {
            advies("adviesGemeente", verzoek.adviesGemeente(), problemen);
            adviesDatum = Invoer.datum(clock, "datumAdviesGemeente", verzoek.datumAdviesGemeente(), problemen);
        } else if (verzoek.datumAdviesGemeente() != null) {
            problemen.add(new InvalidParam("datumAdviesGemeente", "notAllowed",
                    "Een datum van het advies hoort bij een advies van de gemeente."));
        }
        if (verzoek.machtigingMedischOnderzoek() == null) {
            problemen.add(new InvalidParam("machtigingMedischOnderzoek", "required",
                    "Of de aanvraag een machtiging voor medisch onderzoek bevat (true of false) ontbreekt."));
        }
        Invoer.toelichting(verzoek.toelichting(), problemen);
        Invoercontrole.geldig(problemen);
        OntheffingsaanvraagController.Aanvraag aanvraag = OntheffingsaanvraagController.Aanvraag.van(bio.aanvragen(
                Bsn.of(verzoek.bsn()), datum, verzoek.adviesGemeente(), adviesDatum,
                verzoek.machtigingMedischOnderzoek(), verzoek.toelichting(), Invoer.door()));
        return ResponseEntity.created(URI.create("/api/v1/ontheffingsaanvragen/" + aanvraag.id())).body(aanvraag);
    }

    @PostMapping("/{id}/advies-gemeente")
    OntheffingsaanvraagController.Aanvraag advies(@PathVariable UUID id, @RequestBody AdviesVerzoek verzoek) {
        Invoer.alleenDuo(duoOin);
        List<InvalidParam> problemen = new ArrayList<>();
        advies("advies", verzoek.advies(), problemen);
        LocalDate datum = Invoer.datum(clock, "datumAdvies", verzoek.datumAdvies(), problemen);
        Invoer.toelichting(verzoek.toelichting(), problemen);
        Invoercontrole.geldig(problemen);
        return OntheffingsaanvraagController.Aanvraag.van(bio.adviesGemeente(id, verzoek.advies(), datum,
                verzoek.toelichting(), Invoer.door()));
    }

    @PostMapping("/{id}/medisch-advies")
    OntheffingsaanvraagController.Aanvraag medischAdvies(@PathVariable UUID id,
            @RequestBody MedischAdviesVerzoek verzoek) {
        Invoer.alleenDuo(duoOin);
        List<InvalidParam> problemen = new ArrayList<>();
        if (verzoek.arts() == null || verzoek.arts().isBlank()) {
            problemen.add(new InvalidParam("arts", "required", "De arts ontbreekt."));
        }
        advies("advies", verzoek.advies(), problemen);
        Invoer.toelichting(verzoek.toelichting(), problemen);
        Invoercontrole.geldig(problemen);
        return OntheffingsaanvraagController.Aanvraag.van(bio.medischAdvies(id, verzoek.arts(), verzoek.advies(),
                verzoek.toelichting(), Invoer.door()));
    }

    @PostMapping("/{id}/naar-szw")
    OntheffingsaanvraagController.Aanvraag naarSzw(@PathVariable UUID id, @RequestBody OverdrachtVerzoek verzoek) {
        Invoer.alleenDuo(duoOin);
        List<InvalidParam> problemen = new ArrayList<>();
        Invoer.toelichting(verzoek.toelichting(), problemen);
        Invoercontrole.geldig(problemen);
        return OntheffingsaanvraagController.Aanvraag.van(bio.naarSzw(id, verzoek.toelichting(),
                Invoer.door()));
    }

    private static void advies(String naam, String advies, List<InvalidParam> problemen) {
        if (advies == null || advies.isBlank()) {
            problemen.add(new InvalidParam(naam, "required", "Het advies ontbreekt."));
        } else if (advies.length() > MAX_ADVIES) {
            problemen.add(new InvalidParam(naam, "maxLength", "Het advies is hoogstens " + MAX_ADVIES + " tekens."));
        }
    }
}
