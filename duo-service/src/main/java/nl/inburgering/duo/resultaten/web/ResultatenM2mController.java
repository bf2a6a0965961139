package nl.inburgering.duo.resultaten.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import nl.inburgering.duo.m2m.web.gedeeld.Foutmelding;
import nl.inburgering.duo.m2m.web.gedeeld.ApiVersie;
import nl.inburgering.duo.m2m.web.gedeeld.M2mAutorisatie;
import nl.inburgering.duo.m2m.web.gedeeld.M2mVerzoekvalidatie;
import nl.inburgering.duo.m2m.web.gedeeld.NietGeautoriseerdException;
import nl.inburgering.duo.resultaten.application.ResultaatVastleggen;
import nl.inburgering.duo.resultaten.application.ResultaatVastleggenHandler;
import nl.inburgering.duo.resultaten.application.Resultaatregistratie;
import nl.inburgering.duo.resultaten.application.ResultatenRaadplegen;
import nl.inburgering.duo.resultaten.domain.Kanaal;
import nl.inburgering.duo.resultaten.domain.Onderdeel;
import nl.inburgering.duo.resultaten.domain.Overtreding;
import nl.inburgering.duo.resultaten.domain.Resultaat;
import nl.inburgering.platform.bsn.Bsn;
import nl.inburgering.platform.config.KetenProperties;
import nl.inburgering.platform.security.KetenGebruiker;
import nl.inburgering.platform.security.Rol;
import nl.inburgering.platform.security.Toegang;
import nl.inburgering.platform.web.InvalidParam;
import nl.inburgering.platform.web.NietGevondenException;
import nl.inburgering.platform.web.OngeldigeInvoerException;

/**
 * DUO's published M2M "MAP, PVT en Z-route API" ({@code API/MAP-PVT-Zroute/openapi.yml}, version
 * {@value #API_VERSIE}) under {@code /m2m/v1}. Request check first (400, every problem of headers and body at once),
 * then the bron: a read needs the person relevant for the gemeente (else 404, as for a person DUO does not know), a
 * write needs the gemeente responsible for him now (else 403). A PUT is the same registration as #17
 * ({@link ResultaatVastleggenHandler}): 200, or 403 with every broken rule as {@code Foutmelding}. A PUT without the
 * date (and without verwijtbaar) withdraws the earlier one. A GET shows the registered date, 404 when there is none.
 */
@RestController
@Toegang(Rol.PARTNERSYSTEEM)
@ApiVersie(ResultatenM2mController.API_VERSIE)
@RequestMapping("/m2m/v1/personen/{bsn}")
class ResultatenM2mController {

    static final String API_VERSIE = "1.0.0";
    private static final String ONBEKEND = "DUO kent deze persoon niet.";

    private final ResultatenRaadplegen raadplegen;
    private final ResultaatVastleggenHandler vastleggen;
    private final M2mAutorisatie autorisatie;
    private final M2mVerzoekvalidatie validatie;

    ResultatenM2mController(ResultatenRaadplegen raadplegen, ResultaatVastleggenHandler vastleggen,
            M2mAutorisatie autorisatie, KetenProperties keten) {
        this.raadplegen = raadplegen;
        this.vastleggen = vastleggen;
        this.autorisatie = autorisatie;
        this.validatie = new M2mVerzoekvalidatie(keten.oin());
    }

    /** Schema {@code DatumMap}. */
    record DatumMap(LocalDate datumEindgesprekMap) {
    }

    /** Schema {@code DatumPvt}. */
    record DatumPvt(LocalDate datumOndertekeningPvt) {
    }

    /** Schema {@code ResultaatMap}, read as text so that every malformed field is reported. */
    record ResultaatMap(String datumEindgesprekMap, String verwijtbaar) {
    }

    /** Schema {@code ResultaatPvt}. */
    record ResultaatPvt(String datumOndertekeningPvt, String verwijtbaar) {
    }

    /** Schema {@code ResultaatZroute}. */
    record ResultaatZroute(String datumAfrondingZroute) {
    }

    /** operationId getMapByBsn. */
    @GetMapping("/map")
    DatumMap map(@PathVariable String bsn, @RequestHeader(name = "bron", required = false) String bron,
            @RequestHeader(name = "doel", required = false) String doel,
            @RequestHeader(name = "berichtId", required = false) String berichtId) {
        return new DatumMap(datum(bsn, bron, doel, berichtId, Onderdeel.MAP));
    }

    /** operationId updateMapByBsn. */
    @PutMapping("/map")
    void map(@PathVariable String bsn, @RequestHeader(name = "bron", required = false) String bron,
            @RequestHeader(name = "doel", required = false) String doel,
            @RequestHeader(name = "berichtId", required = false) String berichtId, @RequestBody ResultaatMap body) {
        List<InvalidParam> problemen = new ArrayList<>();
        LocalDate datum = datum("datumEindgesprekMap", body.datumEindgesprekMap(), problemen);
        Boolean verwijtbaar = verwijtbaar(body.verwijtbaar(), problemen);
        leg(bsn, bron, doel, berichtId, problemen, new Resultaat(Onderdeel.MAP, datum, verwijtbaar));
    }

    /** operationId getPvtByBsn. */
    @GetMapping("/pvt")
    DatumPvt pvt(@PathVariable String bsn, @RequestHeader(name = "bron", required = false) String bron,
            @RequestHeader(name = "doel", required = false) String doel,
            @RequestHeader(name = "berichtId", required = false) String berichtId) {
        return new DatumPvt(datum(bsn, bron, doel, berichtId, Onderdeel.PVT));
    }

    /** operationId updatePvtByBsn. */
    @PutMapping("/pvt")
    void pvt(@PathVariable String bsn, @RequestHeader(name = "bron", required = false) String bron,
            @RequestHeader(name = "doel", required = false) String doel,
            @RequestHeader(name = "berichtId", required = false) String berichtId, @RequestBody ResultaatPvt body) {
        List<InvalidParam> problemen = new ArrayList<>();
        LocalDate datum = datum("datumOndertekeningPvt", body.datumOndertekeningPvt(), problemen);
        Boolean verwijtbaar = verwijtbaar(body.verwijtbaar(), problemen);
        leg(bsn, bron, doel, berichtId, problemen, new Resultaat(Onderdeel.PVT, datum, verwijtbaar));
    }

    /** operationId updateZrouteByBsn. */
    @PutMapping("/zroute")
    void zroute(@PathVariable String bsn, @RequestHeader(name = "bron", required = false) String bron,
            @RequestHeader(name = "doel", required = false) String doel,
            @RequestHeader(name = "berichtId", required = false) String berichtId,
            @RequestBody ResultaatZroute body) {
        List<InvalidParam> problemen = new ArrayList<>();
        LocalDate datum = datum("datumAfrondingZroute", body.datumAfrondingZroute(), problemen);
        leg(bsn, bron, doel, berichtId, problemen, new Resultaat(Onderdeel.ZROUTE, datum, null));
    }

    @ExceptionHandler(AfgewezenException.class)
    ResponseEntity<List<Foutmelding>> afgewezen(AfgewezenException e) {
        return verboden(Foutmelding.van(e.overtredingen.stream().map(Overtreding::omschrijving).toList()));
    }

    /** The spec's 403 of a PUT carries {@code Foutmelding}s; a GET's 403 has no content in the spec. */
    @ExceptionHandler(NietGeautoriseerdException.class)
    ResponseEntity<List<Foutmelding>> nietGeautoriseerd(NietGeautoriseerdException e) {
        return verboden(Foutmelding.van("Niet geautoriseerd: " + e.getMessage() + "."));
    }

    private LocalDate datum(String bsn, String bron, String doel, String berichtId, Onderdeel onderdeel) {
        validatie.controleer(bsn, bron, doel, berichtId);
        autorisatie.controleer(bron, bsn);
        return raadplegen.datum(Bsn.of(bsn), onderdeel).orElseThrow(() -> new NietGevondenException(
                "DUO heeft geen " + onderdeel.datumnaam() + " van deze persoon."));
    }

    private void leg(String bsn, String bron, String doel, String berichtId, List<InvalidParam> body,
            Resultaat resultaat) {
        List<InvalidParam> problemen = new ArrayList<>();
        try {
            validatie.controleer(bsn, bron, doel, berichtId);
        } catch (OngeldigeInvoerException e) {
            problemen.addAll(e.problemen());
        }
        problemen.addAll(body);
        if (!problemen.isEmpty()) {
            throw new OngeldigeInvoerException(problemen);
        }
        autorisatie.controleerWijziging(bron, bsn);
        String gemeentecode = KetenGebruiker.huidig().vereisGemeentecode();
        Resultaatregistratie registratie = vastleggen.handle(
                new ResultaatVastleggen(Bsn.of(bsn), gemeentecode, resultaat, Kanaal.M2M));
        if (registratie instanceof Resultaatregistratie.OnbekendePersoon) {
            throw new NietGevondenException(ONBEKEND);
        }
        if (registratie instanceof Resultaatregistratie.Afgewezen afgewezen) {
            throw new AfgewezenException(afgewezen.overtredingen());
        }
    }

    private static LocalDate datum(String veld, String waarde, List<InvalidParam> problemen) {
        if (waarde == null) {
            return null;
        }
        try {
            return LocalDate.parse(waarde);
        } catch (DateTimeParseException e) {
            problemen.add(new InvalidParam(veld, "format", "De " + veld + " is een datum (jjjj-mm-dd)."));
            return null;
        }
    }

    private static Boolean verwijtbaar(String waarde, List<InvalidParam> problemen) {
        if (waarde == null) {
            return null;
        }
        return switch (waarde) {
            case "Ja" -> true;
            case "Nee" -> false;
            default -> {
                problemen.add(new InvalidParam("verwijtbaar", "enum", "Verwijtbaar is Ja of Nee."));
                yield null;
            }
        };
    }

    private static ResponseEntity<List<Foutmelding>> verboden(List<Foutmelding> fouten) {
        return ResponseEntity.status(HttpStatus.FORBIDDEN).contentType(MediaType.APPLICATION_JSON).body(fouten);
    }

    /** DUO refused the result: 403 with every reason. */
    static class AfgewezenException extends RuntimeException {

        private final transient List<Overtreding> overtredingen;

        AfgewezenException(List<Overtreding> overtredingen) {
            super("afgewezen: " + overtredingen.stream().map(Overtreding::code).toList());
            this.overtredingen = List.copyOf(overtredingen);
        }
    }
}
