package nl.inburgering.duo.ontheffing.web;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import nl.inburgering.duo.m2m.web.gedeeld.ApiVersie;
import nl.inburgering.duo.m2m.web.gedeeld.M2mAutorisatie;
import nl.inburgering.duo.m2m.web.gedeeld.M2mVerzoekvalidatie;
import nl.inburgering.duo.ontheffing.application.OntheffingenRaadplegen;
import nl.inburgering.platform.bsn.Bsn;
import nl.inburgering.platform.config.KetenProperties;
import nl.inburgering.platform.security.Rol;
import nl.inburgering.platform.security.Toegang;
import nl.inburgering.platform.web.NietGevondenException;

/**
 * DUO's published M2M "Ontheffing API" ({@code API/Ontheffing/openapi.yml}, version {@value #API_VERSIE}) under
 * {@code /m2m/v1}: a person's ontheffingen, positive and negative, medisch and BIO (aangepaste examenomstandigheden are
 * no ontheffing and not in this API). Request check (400), then authorisation of the bron with the relevance rule
 * (403/404), then 200.
 */
@RestController
@Toegang(Rol.PARTNERSYSTEEM)
@ApiVersie(OntheffingM2mController.API_VERSIE)
class OntheffingM2mController {

    static final String API_VERSIE = "1.0.0";

    private final OntheffingenRaadplegen raadplegen;
    private final M2mAutorisatie autorisatie;
    private final M2mVerzoekvalidatie validatie;

    OntheffingM2mController(OntheffingenRaadplegen raadplegen, M2mAutorisatie autorisatie, KetenProperties keten) {
        this.raadplegen = raadplegen;
        this.autorisatie = autorisatie;
        this.validatie = new M2mVerzoekvalidatie(keten.oin());
    }

    /** operationId getOntheffingenByBsn. */
    @GetMapping("/m2m/v1/personen/{bsn}/ontheffingen")
    List<OntheffingM2m> ontheffingen(@PathVariable String bsn,
            @RequestHeader(name = "bron", required = false) String bron,
            @RequestHeader(name = "doel", required = false) String doel,
            @RequestHeader(name = "berichtId", required = false) String berichtId) {
        validatie.controleer(bsn, bron, doel, berichtId);
        autorisatie.controleer(bron, bsn);
        return raadplegen.raadpleeg(Bsn.of(bsn)).map(OntheffingM2m::van)
                .orElseThrow(() -> new NietGevondenException(M2mAutorisatie.NIET_GEVONDEN));
    }
}
