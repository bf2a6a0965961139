package nl.inburgering.duo.pip.web;

import java.time.LocalDate;
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.annotation.JsonInclude;

import nl.inburgering.duo.m2m.web.gedeeld.M2mAutorisatie;
import nl.inburgering.duo.m2m.web.gedeeld.ApiVersie;
import nl.inburgering.duo.m2m.web.gedeeld.M2mVerzoekvalidatie;
import nl.inburgering.platform.bsn.Bsn;
import nl.inburgering.duo.pip.application.PipRaadplegen;
import nl.inburgering.duo.pip.application.Termijnmutatie;
import nl.inburgering.duo.pip.application.Verlengingsgrond;
import nl.inburgering.duo.pip.application.Verlengingsgronden;
import nl.inburgering.platform.config.KetenProperties;
import nl.inburgering.platform.security.Rol;
import nl.inburgering.platform.security.Toegang;
import nl.inburgering.platform.web.NietGevondenException;

/**
 * DUO's published M2M "Inburgeringstermijn API" ({@code API/Inburgeringstermijn/openapi.yml}, version
 * {@value #API_VERSIE}) under {@code /m2m/v1}. The spec's einddatum is exclusive ("De datum die het einde van de
 * periode aangeeft (exclusief)"); DUO keeps and delivers (#5) the last day itself, so the API shows the day after.
 * 404 while DUO set no termijn (no PIP yet) or does not know the person.
 */
@RestController
@Toegang(Rol.PARTNERSYSTEEM)
@ApiVersie(InburgeringstermijnM2mController.API_VERSIE)
@RequestMapping("/m2m/v1")
class InburgeringstermijnM2mController {

    static final String API_VERSIE = "1.0.0";

    private static final String GEEN_TERMIJN = "DUO heeft voor deze persoon geen inburgeringstermijn vastgesteld.";

    private final PipRaadplegen raadplegen;
    private final List<Verlengingsgrond> verlengingsgronden;
    private final M2mAutorisatie autorisatie;
    private final M2mVerzoekvalidatie validatie;

    InburgeringstermijnM2mController(PipRaadplegen raadplegen, Verlengingsgronden verlengingsgronden,
            M2mAutorisatie autorisatie, KetenProperties keten) {
        this.raadplegen = raadplegen;
        this.verlengingsgronden = verlengingsgronden.lijst();
        this.autorisatie = autorisatie;
        this.validatie = new M2mVerzoekvalidatie(keten.oin());
    }

    /** Schema {@code Inburgeringstermijn}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Inburgeringstermijn(LocalDate startdatum, LocalDate einddatum, String verlengingsgrondcode,
            String verlengingsgrondomschrijving, LocalDate wijzigingsdatum) {

        static Inburgeringstermijn van(Termijnmutatie mutatie) {
            return new Inburgeringstermijn(mutatie.startdatum(), mutatie.einddatum().plusDays(1),
                    mutatie.verlengingsgrondcode(), mutatie.verlengingsgrondomschrijving(), mutatie.wijzigingsdatum());
        }
    }

    /** Schema {@code Inburgeringstermijnhistorie}: the spec shows no startdatum per mutation. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Inburgeringstermijnhistorie(LocalDate einddatum, String verlengingsgrondcode,
            String verlengingsgrondomschrijving, LocalDate wijzigingsdatum) {

        static Inburgeringstermijnhistorie van(Termijnmutatie mutatie) {
            return new Inburgeringstermijnhistorie(mutatie.einddatum().plusDays(1), mutatie.verlengingsgrondcode(),
                    mutatie.verlengingsgrondomschrijving(), mutatie.wijzigingsdatum());
        }
    }

    /** operationId of {@code GET /personen/{bsn}/inburgeringstermijn}. */
    @GetMapping("/personen/{bsn}/inburgeringstermijn")
    Inburgeringstermijn inburgeringstermijn(@PathVariable String bsn,
            @RequestHeader(name = "bron", required = false) String bron,
            @RequestHeader(name = "doel", required = false) String doel,
            @RequestHeader(name = "berichtId", required = false) String berichtId) {
        controleer(bsn, bron, doel, berichtId);
        return raadplegen.actueleTermijn(Bsn.of(bsn)).map(Inburgeringstermijn::van)
                .orElseThrow(() -> new NietGevondenException(GEEN_TERMIJN));
    }

    /** {@code GET /personen/{bsn}/inburgeringstermijn/historie}: every mutation, the vaststelling first. */
    @GetMapping("/personen/{bsn}/inburgeringstermijn/historie")
    List<Inburgeringstermijnhistorie> historie(@PathVariable String bsn,
            @RequestHeader(name = "bron", required = false) String bron,
            @RequestHeader(name = "doel", required = false) String doel,
            @RequestHeader(name = "berichtId", required = false) String berichtId) {
        controleer(bsn, bron, doel, berichtId);
        return raadplegen.termijnhistorie(Bsn.of(bsn))
                .map(mutaties -> mutaties.stream().map(Inburgeringstermijnhistorie::van).toList())
                .orElseThrow(() -> new NietGevondenException(GEEN_TERMIJN));
    }

    /**
     * {@code GET /verlengingsgronden}: DUO's list, no personal data, so no relevance check (the spec has no 403
     * here); the caller still needs the PARTNERSYSTEEM role.
     */
    @GetMapping("/verlengingsgronden")
    List<Verlengingsgrond> verlengingsgronden(@RequestHeader(name = "bron", required = false) String bron,
            @RequestHeader(name = "doel", required = false) String doel,
            @RequestHeader(name = "berichtId", required = false) String berichtId) {
        validatie.controleerBericht(bron, doel, berichtId);
        return verlengingsgronden;
    }

    private void controleer(String bsn, String bron, String doel, String berichtId) {
        validatie.controleer(bsn, bron, doel, berichtId);
        autorisatie.controleer(bron, bsn);
    }
}
