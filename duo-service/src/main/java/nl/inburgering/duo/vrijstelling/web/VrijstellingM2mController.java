package nl.inburgering.duo.vrijstelling.web;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import nl.inburgering.duo.m2m.web.gedeeld.ApiVersie;
import nl.inburgering.duo.m2m.web.gedeeld.M2mAutorisatie;
import nl.inburgering.duo.m2m.web.gedeeld.M2mVerzoekvalidatie;
import nl.inburgering.duo.vrijstelling.application.Vrijstelling;
import nl.inburgering.duo.vrijstelling.application.Vrijstellingen;
import nl.inburgering.duo.vrijstelling.domain.Besluit;
import nl.inburgering.duo.vrijstelling.domain.Oordeel;
import nl.inburgering.platform.bsn.Bsn;
import nl.inburgering.platform.config.KetenProperties;
import nl.inburgering.platform.security.Rol;
import nl.inburgering.platform.security.Toegang;

/**
 * DUO's published M2M "Vrijstelling API" ({@code API/Vrijstelling/openapi.yml}, version {@value #API_VERSIE}) under
 * {@code /m2m/v1}: every decided vrijstelling of the person, granted or refused, each as one of GeheleVrijstelling,
 * TijdelijkeVrijstelling or GedeeltelijkeVrijstelling (a gedeeltelijke per examenonderdeel, as the API pairs one
 * onderdeel with one niveau). A tijdelijke DUO withdrew early shows the day before the withdrawal as its einddatum.
 * Request check (400), then authorisation of the bron with the relevance rule (403/404), then 200 (an empty list when
 * DUO decided none).
 */
@RestController
@Toegang(Rol.PARTNERSYSTEEM)
@ApiVersie(VrijstellingM2mController.API_VERSIE)
class VrijstellingM2mController {

    static final String API_VERSIE = "1.0.0";

    private final Vrijstellingen vrijstellingen;
    private final M2mAutorisatie autorisatie;
    private final M2mVerzoekvalidatie validatie;

    VrijstellingM2mController(Vrijstellingen vrijstellingen, M2mAutorisatie autorisatie, KetenProperties keten) {
        this.vrijstellingen = vrijstellingen;
        this.autorisatie = autorisatie;
        this.validatie = new M2mVerzoekvalidatie(keten.oin());
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record GeheleVrijstelling(String oordeel, String reden, LocalDate datumOordeel) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record TijdelijkeVrijstelling(String oordeel, String reden, LocalDate datumOordeel, LocalDate startdatum,
            LocalDate einddatum) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record GedeeltelijkeVrijstelling(String reden, String oordeel, LocalDate datumOordeel, String examenonderdeel,
            String examenniveau) {
    }

    /** Exactly one of the three per element. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record VrijstellingM2m(@JsonProperty("GeheleVrijstelling") GeheleVrijstelling geheel,
            @JsonProperty("TijdelijkeVrijstelling") TijdelijkeVrijstelling tijdelijk,
            @JsonProperty("GedeeltelijkeVrijstelling") GedeeltelijkeVrijstelling gedeeltelijk) {
    }

    /** operationId getVrijstellingenByBsn. */
    @GetMapping("/m2m/v1/personen/{bsn}/vrijstellingen")
    List<VrijstellingM2m> vrijstellingen(@PathVariable String bsn,
            @RequestHeader(name = "bron", required = false) String bron,
            @RequestHeader(name = "doel", required = false) String doel,
            @RequestHeader(name = "berichtId", required = false) String berichtId) {
        validatie.controleer(bsn, bron, doel, berichtId);
        autorisatie.controleer(bron, bsn);
        return vrijstellingen.vrijstellingen(Bsn.of(bsn)).stream().flatMap(VrijstellingM2mController::alsM2m).toList();
    }

    static Stream<VrijstellingM2m> alsM2m(Vrijstelling v) {
        Besluit b = v.besluit();
        String oordeel = b.oordeel() == Oordeel.TOEKENNING ? "Toekenning" : "Afwijzing";
        String reden = b.reden().name();
        return switch (b.soort()) {
            case GEHEEL -> Stream.of(new VrijstellingM2m(new GeheleVrijstelling(oordeel, reden, v.datumOordeel()),
                    null, null));
            case TIJDELIJK -> {
                LocalDate einde = b.einddatum();
                if (einde != null && v.ingetrokkenOp() != null && v.ingetrokkenOp().isBefore(einde.plusDays(1))) {
                    einde = v.ingetrokkenOp().minusDays(1);
                }
                yield Stream.of(new VrijstellingM2m(null, new TijdelijkeVrijstelling(oordeel, reden, v.datumOordeel(),
                        b.startdatum(), einde), null));
            }
            case GEDEELTELIJK -> b.onderdelen().isEmpty()
                    ? Stream.of(new VrijstellingM2m(null, null, new GedeeltelijkeVrijstelling(reden, oordeel,
                            v.datumOordeel(), null, null)))
                    : b.onderdelen().stream().map(o -> new VrijstellingM2m(null, null, new GedeeltelijkeVrijstelling(
                            reden, oordeel, v.datumOordeel(), o.onderdeel().name(), o.niveau().name())));
        };
    }
}
