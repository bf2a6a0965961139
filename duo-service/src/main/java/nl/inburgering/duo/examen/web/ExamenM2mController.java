package nl.inburgering.duo.examen.web;

import java.time.LocalDate;
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.annotation.JsonInclude;

import nl.inburgering.duo.examen.application.Examen;
import nl.inburgering.duo.examen.application.ExamensRaadplegen;
import nl.inburgering.duo.m2m.web.gedeeld.ApiVersie;
import nl.inburgering.duo.m2m.web.gedeeld.M2mAutorisatie;
import nl.inburgering.duo.m2m.web.gedeeld.M2mVerzoekvalidatie;
import nl.inburgering.platform.bsn.Bsn;
import nl.inburgering.platform.config.KetenProperties;
import nl.inburgering.platform.security.Rol;
import nl.inburgering.platform.security.Toegang;

/**
 * DUO's published M2M "Examen API" ({@code API/Examen/openapi.yml}, version {@value #API_VERSIE}) under
 * {@code /m2m/v1}: the request first (400, every problem of the headers), then the bron and the relevance rule
 * ({@link M2mAutorisatie}: 403 for a token that is not the bron's, 404 for a person DUO does not know or that is not
 * relevant for the gemeente), then 200: the definitive examenresultaten (an empty list when there are none yet) and
 * the gratis pogingen tegoed per onderdeel.
 */
@RestController
@Toegang(Rol.PARTNERSYSTEEM)
@ApiVersie(ExamenM2mController.API_VERSIE)
@RequestMapping("/m2m/v1/personen/{bsn}/examens")
class ExamenM2mController {

    static final String API_VERSIE = "1.0.0";

    private final ExamensRaadplegen raadplegen;
    private final M2mAutorisatie autorisatie;
    private final M2mVerzoekvalidatie validatie;

    ExamenM2mController(ExamensRaadplegen raadplegen, M2mAutorisatie autorisatie, KetenProperties keten) {
        this.raadplegen = raadplegen;
        this.autorisatie = autorisatie;
        this.validatie = new M2mVerzoekvalidatie(keten.oin());
    }

    /** Schema {@code Examenresultaat}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Examenresultaat(LocalDate examendatum, String resultaat, String redenGeenResultaat, String onderdeel,
            String niveau) {

        static Examenresultaat van(Examen e) {
            return new Examenresultaat(e.examendatum(), e.uitslag().code(),
                    e.redenGeenResultaat() == null ? null : e.redenGeenResultaat().code(), e.onderdeel().name(),
                    e.niveau() == null ? null : e.niveau().name());
        }
    }

    /** Schema {@code GratisPogingTegoed}. */
    record GratisPogingTegoed(String onderdeel, int gratisPogingenTegoed) {
    }

    /** operationId getExamenresultatenByBsn. */
    @GetMapping("/resultaten")
    List<Examenresultaat> resultaten(@PathVariable String bsn,
            @RequestHeader(name = "bron", required = false) String bron,
            @RequestHeader(name = "doel", required = false) String doel,
            @RequestHeader(name = "berichtId", required = false) String berichtId) {
        controleer(bsn, bron, doel, berichtId);
        return raadplegen.resultaten(Bsn.of(bsn)).stream().map(Examenresultaat::van).toList();
    }

    /** operationId getGratisPogingenTegoedByBsn. */
    @GetMapping("/gratispogingen")
    List<GratisPogingTegoed> gratispogingen(@PathVariable String bsn,
            @RequestHeader(name = "bron", required = false) String bron,
            @RequestHeader(name = "doel", required = false) String doel,
            @RequestHeader(name = "berichtId", required = false) String berichtId) {
        controleer(bsn, bron, doel, berichtId);
        return raadplegen.gratisPogingen(Bsn.of(bsn)).entrySet().stream()
                .map(e -> new GratisPogingTegoed(e.getKey().name(), e.getValue())).toList();
    }

    private void controleer(String bsn, String bron, String doel, String berichtId) {
        validatie.controleer(bsn, bron, doel, berichtId);
        autorisatie.controleer(bron, bsn);
    }
}
