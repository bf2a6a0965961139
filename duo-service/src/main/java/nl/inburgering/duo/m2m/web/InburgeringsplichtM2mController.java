package nl.inburgering.duo.m2m.web;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import nl.inburgering.duo.m2m.application.InburgeringsplichtRaadplegen;
import nl.inburgering.duo.m2m.web.gedeeld.ApiVersie;
import nl.inburgering.duo.m2m.web.gedeeld.M2mAutorisatie;
import nl.inburgering.duo.m2m.web.gedeeld.M2mVerzoekvalidatie;
import nl.inburgering.platform.bsn.Bsn;
import nl.inburgering.platform.config.KetenProperties;
import nl.inburgering.platform.security.Rol;
import nl.inburgering.platform.security.Toegang;
import nl.inburgering.platform.web.NietGevondenException;

/**
 * DUO's published M2M "Inburgeringsplicht API" ({@code API/Inburgeringsplicht/openapi.yml}, version
 * {@value #API_VERSIE}) under the base path {@code /m2m/v1} (the spec leaves the base path out; DUO uses the
 * major version). Every operation first checks the request ({@link M2mVerzoekvalidatie}, 400), then the
 * authorisation of the bron ({@link M2mAutorisatie}, 403), then answers 200 or 404 when DUO does not know the
 * person.
 */
@RestController
@Toegang(Rol.PARTNERSYSTEEM)
@ApiVersie(InburgeringsplichtM2mController.API_VERSIE)
@RequestMapping("/m2m/v1/personen/{bsn}")
class InburgeringsplichtM2mController {

    static final String API_VERSIE = "1.2.2";

    private static final String ONBEKEND = "DUO kent geen inburgeringsplicht van deze persoon.";

    private final InburgeringsplichtRaadplegen raadplegen;
    private final M2mAutorisatie autorisatie;
    private final M2mVerzoekvalidatie validatie;

    InburgeringsplichtM2mController(InburgeringsplichtRaadplegen raadplegen, M2mAutorisatie autorisatie,
            KetenProperties keten) {
        this.raadplegen = raadplegen;
        this.autorisatie = autorisatie;
        this.validatie = new M2mVerzoekvalidatie(keten.oin());
    }

    /** operationId getInburgeringsplichtByBsn. */
    @GetMapping("/inburgeringsplicht")
    Inburgeringsplicht inburgeringsplicht(@PathVariable String bsn,
            @RequestHeader(name = "bron", required = false) String bron,
            @RequestHeader(name = "doel", required = false) String doel,
            @RequestHeader(name = "berichtId", required = false) String berichtId) {
        controleer(bsn, bron, doel, berichtId);
        return raadplegen.actuelePlicht(Bsn.of(bsn)).map(Inburgeringsplicht::van)
                .orElseThrow(() -> new NietGevondenException(ONBEKEND));
    }

    /** operationId getInburgeringsplichthistorieByBsn. */
    @GetMapping("/inburgeringsplicht/historie")
    List<Inburgeringsplichthistorie> inburgeringsplichthistorie(@PathVariable String bsn,
            @RequestHeader(name = "bron", required = false) String bron,
            @RequestHeader(name = "doel", required = false) String doel,
            @RequestHeader(name = "berichtId", required = false) String berichtId) {
        controleer(bsn, bron, doel, berichtId);
        return raadplegen.plichthistorie(Bsn.of(bsn))
                .map(mutaties -> mutaties.stream().map(Inburgeringsplichthistorie::van).toList())
                .orElseThrow(() -> new NietGevondenException(ONBEKEND));
    }

    /** operationId getDoelgroepByBsn: 404 for an unknown person and for one without a doelgroep. */
    @GetMapping("/doelgroep")
    Doelgroep doelgroep(@PathVariable String bsn,
            @RequestHeader(name = "bron", required = false) String bron,
            @RequestHeader(name = "doel", required = false) String doel,
            @RequestHeader(name = "berichtId", required = false) String berichtId) {
        controleer(bsn, bron, doel, berichtId);
        return raadplegen.actueleDoelgroep(Bsn.of(bsn)).map(Doelgroep::van)
                .orElseThrow(() -> new NietGevondenException("DUO kent geen doelgroep van deze persoon."));
    }

    /** operationId getDoelgroephistorieByBsn. */
    @GetMapping("/doelgroep/historie")
    List<Doelgroephistorie> doelgroephistorie(@PathVariable String bsn,
            @RequestHeader(name = "bron", required = false) String bron,
            @RequestHeader(name = "doel", required = false) String doel,
            @RequestHeader(name = "berichtId", required = false) String berichtId) {
        controleer(bsn, bron, doel, berichtId);
        return raadplegen.doelgroephistorie(Bsn.of(bsn))
                .map(perioden -> perioden.stream().map(Doelgroephistorie::van).toList())
                .orElseThrow(() -> new NietGevondenException(ONBEKEND));
    }

    private void controleer(String bsn, String bron, String doel, String berichtId) {
        validatie.controleer(bsn, bron, doel, berichtId);
        autorisatie.controleer(bron, bsn);
    }
}
