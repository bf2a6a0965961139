package nl.inburgering.duo.leerbaarheidstoets.web;

import java.util.List;

import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import nl.inburgering.duo.leerbaarheidstoets.application.ExamennummerIntrekken;
import nl.inburgering.duo.leerbaarheidstoets.application.ExamennummerIntrekkenHandler;
import nl.inburgering.duo.leerbaarheidstoets.application.LeerbaarheidstoetsRaadplegen;
import nl.inburgering.duo.m2m.web.gedeeld.M2mAutorisatie;
import nl.inburgering.duo.m2m.web.gedeeld.ApiVersie;
import nl.inburgering.duo.m2m.web.gedeeld.M2mVerzoekvalidatie;
import nl.inburgering.platform.bsn.Bsn;
import nl.inburgering.platform.config.KetenProperties;
import nl.inburgering.platform.security.Rol;
import nl.inburgering.platform.security.Toegang;
import nl.inburgering.platform.web.NietGevondenException;

/**
 * DUO's published M2M "Leerbaarheidstoets API" ({@code API/Leerbaarheidstoets/openapi.yml}, version
 * {@value #API_VERSIE}) under {@code /m2m/v1}: the examennummer to plan the toets with, skipping the toets, and
 * the delivered uitkomsten. Request check (400), then authorisation of the bron (403), then 200 or 404.
 */
@RestController
@Toegang(Rol.PARTNERSYSTEEM)
@ApiVersie(LeerbaarheidstoetsM2mController.API_VERSIE)
@RequestMapping("/m2m/v1/personen/{bsn}/lbt")
class LeerbaarheidstoetsM2mController {

    static final String API_VERSIE = "1.2.0";

    private final LeerbaarheidstoetsRaadplegen raadplegen;
    private final ExamennummerIntrekkenHandler intrekken;
    private final M2mAutorisatie autorisatie;
    private final M2mVerzoekvalidatie validatie;

    LeerbaarheidstoetsM2mController(LeerbaarheidstoetsRaadplegen raadplegen, ExamennummerIntrekkenHandler intrekken,
            M2mAutorisatie autorisatie, KetenProperties keten) {
        this.raadplegen = raadplegen;
        this.intrekken = intrekken;
        this.autorisatie = autorisatie;
        this.validatie = new M2mVerzoekvalidatie(keten.oin());
    }

    /** operationId getExamennummerByBsn: 404 when no toets is klaargezet. */
    @GetMapping("/examennummer")
    Examennummer examennummer(@PathVariable String bsn,
            @RequestHeader(name = "bron", required = false) String bron,
            @RequestHeader(name = "doel", required = false) String doel,
            @RequestHeader(name = "berichtId", required = false) String berichtId) {
        controleer(bsn, bron, doel, berichtId);
        return raadplegen.examennummer(Bsn.of(bsn)).map(Examennummer::new).orElseThrow(
                () -> new NietGevondenException("DUO heeft voor deze persoon geen leerbaarheidstoets klaargezet."));
    }

    /** operationId deleteExamennummerByBsn: the toets is skipped, its examennummer withdrawn. */
    @DeleteMapping("/examennummer")
    void overslaan(@PathVariable String bsn,
            @RequestHeader(name = "bron", required = false) String bron,
            @RequestHeader(name = "doel", required = false) String doel,
            @RequestHeader(name = "berichtId", required = false) String berichtId) {
        validatie.controleer(bsn, bron, doel, berichtId);
        autorisatie.controleerWijziging(bron, bsn);
        intrekken.handle(new ExamennummerIntrekken(Bsn.of(bsn)));
    }

    /** operationId getLbtResultatenByBsn: every delivered uitkomst; 404 when DUO never set a toets ready. */
    @GetMapping("/resultaten")
    List<Resultaat> resultaten(@PathVariable String bsn,
            @RequestHeader(name = "bron", required = false) String bron,
            @RequestHeader(name = "doel", required = false) String doel,
            @RequestHeader(name = "berichtId", required = false) String berichtId) {
        controleer(bsn, bron, doel, berichtId);
        return raadplegen.resultaten(Bsn.of(bsn)).map(lijst -> lijst.stream().map(Resultaat::van).toList())
                .orElseThrow(() -> new NietGevondenException("DUO kent geen leerbaarheidstoets van deze persoon."));
    }

    private void controleer(String bsn, String bron, String doel, String berichtId) {
        validatie.controleer(bsn, bron, doel, berichtId);
        autorisatie.controleer(bron, bsn);
    }
}
