package nl.inburgering.duo.szw.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.annotation.JsonInclude;

import nl.inburgering.duo.ontheffing.api.BioDossier;
import nl.inburgering.duo.szw.application.BioBeslissingen;
import nl.inburgering.duo.szw.domain.BeslissingBio;
import nl.inburgering.platform.security.KetenGebruiker;
import nl.inburgering.platform.security.Rol;
import nl.inburgering.platform.security.Toegang;
import nl.inburgering.platform.web.InvalidParam;
import nl.inburgering.platform.web.OngeldigeInvoerException;

/**
 * SZW's medewerkers in DUO's service (role SZW_MEDEWERKER; decision 0035): the BIO dossiers DUO handed to SZW awaiting
 * a beslissing, and the beslissing on one (#21 to DUO). 400 lists every problem; 404 for a dossier not at SZW; 409
 * when SZW decided on it already.
 */
@RestController
@RequestMapping("/api/v1/szw/bio-dossiers")
@Toegang(Rol.SZW_MEDEWERKER)
class BioDossierController {

    private final BioBeslissingen beslissingen;

    BioDossierController(BioBeslissingen beslissingen) {
        this.beslissingen = beslissingen;
    }

    /** @param oordeel TOEKENNING (always a gehele ontheffing) or AFWIJZING */
    record BeslissingVerzoek(String oordeel) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Dossier(UUID dossierkenmerk, String bsn, LocalDate datumAanvraag, String adviesGemeente,
            LocalDate adviesGemeenteDatum, boolean machtigingMedischOnderzoek, String medischAdvies,
            LocalDate naarSzwOp) {

        static Dossier van(BioDossier d) {
            return new Dossier(d.dossierkenmerk(), d.bsn().value(), d.datumAanvraag(), d.adviesGemeente(),
                    d.adviesGemeenteDatum(), d.machtigingMedischOnderzoek(), d.medischAdvies(), d.naarSzwOp());
        }
    }

    record Beslissing(UUID dossierkenmerk, String oordeel, LocalDate datumBeslissing) {
    }

    @GetMapping
    List<Dossier> wachtend() {
        return beslissingen.wachtend().stream().map(Dossier::van).toList();
    }

    @PostMapping("/{dossierkenmerk}/beslissing")
    Beslissing beslis(@PathVariable UUID dossierkenmerk, @RequestBody BeslissingVerzoek verzoek) {
        List<InvalidParam> problemen = new ArrayList<>();
        BeslissingBio.Oordeel oordeel = null;
        if (verzoek.oordeel() == null || verzoek.oordeel().isBlank()) {
            problemen.add(new InvalidParam("oordeel", "required", "Het oordeel ontbreekt."));
        } else {
            oordeel = Arrays.stream(BeslissingBio.Oordeel.values()).filter(o -> o.name().equals(verzoek.oordeel()))
                    .findFirst().orElse(null);
            if (oordeel == null) {
                problemen.add(new InvalidParam("oordeel", "enum", "Het oordeel is een van "
                        + Arrays.toString(BeslissingBio.Oordeel.values()) + "."));
            }
        }
        if (!problemen.isEmpty()) {
            throw new OngeldigeInvoerException(problemen);
        }
        BeslissingBio b = beslissingen.beslis(dossierkenmerk, oordeel,
                KetenGebruiker.huidigeClient().orElse("onbekend"));
        return new Beslissing(b.dossierkenmerk(), b.oordeel().name(), b.datumBeslissing());
    }
}
