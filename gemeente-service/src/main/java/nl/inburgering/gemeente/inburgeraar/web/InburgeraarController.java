package nl.inburgering.gemeente.inburgeraar.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import nl.inburgering.gemeente.inburgeraar.api.EigenInburgeraar;
import nl.inburgering.gemeente.inburgeraar.application.InburgeraarRaadplegen;
import nl.inburgering.gemeente.inburgeraar.application.Werkvoorraadregel;
import nl.inburgering.platform.bsn.Bsn;
import nl.inburgering.platform.security.KetenGebruiker;
import nl.inburgering.platform.security.Rol;
import nl.inburgering.platform.web.Paginering;
import nl.inburgering.platform.security.Toegang;
import nl.inburgering.platform.validatie.GeldigBsn;
import nl.inburgering.platform.web.NietGevondenException;

/** The caseworker's werkvoorraad of inburgeringsplichtigen. */
@RestController
@Toegang(Rol.GEMEENTE_KLANTMANAGER)
@RequestMapping("/api/v1/inburgeraars")
@Tag(name = "Inburgeraars")
class InburgeraarController {

    /** The column the PIP feature contributes: where his actuele PIP stands at DUO. */
    static final String STATUS_PIP = "statusPip";
    /** The column the PIP feature contributes: the last day of the termijn DUO set. */
    static final String EINDDATUM_INBURGERINGSTERMIJN = "einddatumInburgeringstermijn";
    /** The columns the results feature contributes: where PVT, MAP and Z-route stand at DUO. */
    static final String STATUS_PVT = "statusPvt";
    static final String STATUS_MAP = "statusMap";
    static final String STATUS_ZROUTE = "statusZroute";
    /** The columns the inspanning feature contributes: the instelling that reported last, and the verzuim signal. */
    static final String INSTELLING = "instelling";
    static final String VERZUIM_SIGNAAL = "verzuimSignaal";
    /** The column the examenresultaat feature contributes: the onderdelen he passed. */
    static final String EXAMENS_BEHAALD = "examensBehaald";

    private final InburgeraarRaadplegen inburgeraars;

    InburgeraarController(InburgeraarRaadplegen inburgeraars) {
        this.inburgeraars = inburgeraars;
    }

    @GetMapping
    @Operation(summary = "Werkvoorraad: de inburgeraars van de gemeente van het token, nieuwste eerst")
    Werkvoorraad werkvoorraad(
            @RequestParam(defaultValue = "1") @Min(1) @Max(Paginering.MAXIMALE_PAGINA) int pagina,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int paginaGrootte) {
        String gemeentecode = KetenGebruiker.huidig().vereisGemeentecode();
        Page<Werkvoorraadregel> page = inburgeraars.werkvoorraad(gemeentecode, pagina, paginaGrootte);
        return new Werkvoorraad(alsDtos(page.getContent()), pagina, paginaGrootte,
                page.getTotalElements());
    }

    @GetMapping("/{id}")
    @Operation(summary = "Een inburgeraar van de eigen gemeente",
            description = "Een inburgeraar van een andere gemeente geeft 404, net als een die niet bestaat.")
    Inburgeraar inburgeraar(@PathVariable UUID id) {
        String gemeentecode = KetenGebruiker.huidig().vereisGemeentecode();
        return inburgeraars.opId(gemeentecode, id).map(InburgeraarController::alsDto)
                .orElseThrow(() -> new NietGevondenException(EigenInburgeraar.ONBEKENDE_INBURGERAAR));
    }

    @PostMapping("/_zoek")
    @Operation(summary = "Zoek een inburgeraar van de eigen gemeente op BSN (het BSN staat in de body, nooit in de URL)",
            description = "Een inburgeraar van een andere gemeente wordt net zo min gevonden als een onbekende.")
    Zoekresultaat zoek(@Valid @RequestBody ZoekVraag vraag) {
        String gemeentecode = KetenGebruiker.huidig().vereisGemeentecode();
        return new Zoekresultaat(alsDtos(inburgeraars.zoek(gemeentecode, Bsn.of(vraag.bsn()))));
    }

    private static List<Inburgeraar> alsDtos(List<Werkvoorraadregel> regels) {
        return regels.stream().map(InburgeraarController::alsDto).toList();
    }

    /** The core's fields, then the columns the chapters contributed (WerkvoorraadBijdrage). */
    private static Inburgeraar alsDto(Werkvoorraadregel regel) {
        var e = regel.inburgeraar();
        return new Inburgeraar(e.id(), e.bsn().value(), e.gemeentecode(), e.geboortedatum(), e.doelgroep(),
                e.gedetailleerdeDoelgroep(), e.begindatumInburgeringsplicht(), e.datumVaststelling(),
                e.leerbaarheidstoetsKlaargezet(), e.ontvangenOp(), regel.kolom(STATUS_PIP, String.class),
                regel.kolom(EINDDATUM_INBURGERINGSTERMIJN, LocalDate.class), regel.kolom(STATUS_PVT, String.class),
                regel.kolom(STATUS_MAP, String.class), regel.kolom(STATUS_ZROUTE, String.class),
                regel.kolom(INSTELLING, String.class), examensBehaald(regel), regel.kolom(VERZUIM_SIGNAAL, String.class));
    }

    private static List<String> examensBehaald(Werkvoorraadregel regel) {
        List<?> behaald = regel.kolom(EXAMENS_BEHAALD, List.class);
        return behaald == null ? List.of() : behaald.stream().map(String::valueOf).toList();
    }

    record ZoekVraag(@NotNull @GeldigBsn String bsn) {
    }

    record Zoekresultaat(List<Inburgeraar> inburgeraars) {
    }

    record Werkvoorraad(List<Inburgeraar> inburgeraars, int pagina, int paginaGrootte, long totaal) {
    }

    /**
     * @param statusPip                    where his actuele PIP stands at DUO (VERZONDEN, GEREGISTREERD, AFGEWEZEN);
     *                                     null while the gemeente has set none
     * @param einddatumInburgeringstermijn the last day of his termijn, once DUO set it (#5)
     * @param statusPvt                    where his PVT stands at DUO (VERZONDEN, GEREGISTREERD, AFGEWEZEN,
     *                                     INGETROKKEN); null while nothing was recorded (#17)
     * @param statusMap                    the same for his MAP
     * @param statusZroute                 the same for the Z-route (participatie and eindgesprek: a rejection first,
     *                                     then one waiting, else the eindgesprek's)
     * @param instelling                   the instellingsnummer of the instelling that reported his inspanning last
     *                                     (#18); null before any
     * @param examensBehaald               the onderdelen he passed (#13: KNM, LE, LU, SC, SP in that order)
     * @param verzuimSignaal               ONGEOORLOOFD_VERZUIM (reported, no waarschuwing yet), GEWAARSCHUWD (a boete
     *                                     is possible) or null
     */
    record Inburgeraar(UUID id, String bsn, String gemeentecode, LocalDate geboortedatum, String doelgroep,
            String gedetailleerdeDoelgroep, LocalDate begindatumInburgeringsplicht, LocalDate datumVaststelling,
            boolean leerbaarheidstoetsKlaargezet, Instant ontvangenOp, String statusPip,
            LocalDate einddatumInburgeringstermijn, String statusPvt, String statusMap, String statusZroute,
            String instelling, List<String> examensBehaald, String verzuimSignaal) {
    }
}
