package nl.inburgering.gemeente.inburgeraar.web;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import nl.inburgering.gemeente.inburgeraar.api.EigenInburgeraar;
import nl.inburgering.gemeente.inburgeraar.api.Signaalsoort;
import nl.inburgering.gemeente.inburgeraar.application.CertificaatUitreiken;
import nl.inburgering.gemeente.inburgeraar.application.InburgeraarRaadplegen;
import nl.inburgering.gemeente.inburgeraar.application.Werkvoorraadcursor;
import nl.inburgering.gemeente.inburgeraar.application.Werkvoorraadpagina;
import nl.inburgering.gemeente.inburgeraar.application.Werkvoorraadregel;
import nl.inburgering.gemeente.inburgeraar.application.Werkvoorraadvraag;
import nl.inburgering.platform.bsn.Bsn;
import nl.inburgering.platform.security.KetenGebruiker;
import nl.inburgering.platform.security.Rol;
import nl.inburgering.platform.web.Paginering;
import nl.inburgering.platform.security.Toegang;
import nl.inburgering.platform.validatie.GeldigBsn;
import nl.inburgering.platform.web.InvalidParam;
import nl.inburgering.platform.web.NietGevondenException;
import nl.inburgering.platform.web.OngeldigeInvoerException;

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
    /** The PIP feature's column: DUO's reden of the last change of the termijn (#5 gewijzigd). */
    static final String REDEN_WIJZIGING_TERMIJN = "redenWijzigingInburgeringstermijn";
    /** The handhaving feature's columns: DUO's latest #7, #8 and #9. */
    static final String LAATSTE_SIGNALERING = "laatsteSignalering";
    static final String BOETE = "boete";
    static final String BEOORDELING_VERLENGING = "beoordelingVerlenging";
    /** The overdracht feature's column: the dossier asked of and handed over by the previous gemeente (#19). */
    static final String OVERDRACHT = "overdracht";

    static final String STATUSSEN = "actief|beeindigd|alle";
    static final String SORTERINGEN = "nieuwste|einddatumTermijn|oudsteSignaal";

    private final InburgeraarRaadplegen inburgeraars;
    private final CertificaatUitreiken certificaat;

    InburgeraarController(InburgeraarRaadplegen inburgeraars, CertificaatUitreiken certificaat) {
        this.inburgeraars = inburgeraars;
        this.certificaat = certificaat;
    }

    @GetMapping
    @Operation(summary = "Werkvoorraad: de inburgeraars van de gemeente van het token, nieuwste eerst",
            description = "Standaard de actieve werkvoorraad: wiens plicht loopt, en wiens plicht eindigde terwijl de "
                    + "gemeente nog iets moet doen (een certificaat uitreiken). Met signaal (herhaalbaar) alleen de "
                    + "rijen met een van die signalen; sorteer op nieuwste (standaard), einddatumTermijn (de termijn "
                    + "die het eerst eindigt eerst) of oudsteSignaal (het oudste signaal eerst); bij gelijke waarde "
                    + "nieuwste eerst en dan op id, zodat de volgorde vastligt. Bladeren gaat met de cursor: volg "
                    + "_links.next.href tot die ontbreekt (de laatste pagina); een rij die tussen twee pagina's "
                    + "bijkomt verschuift geen andere. pagina telt alleen zonder cursor (de eerste pagina's). Het "
                    + "totaal staat alleen in het antwoord met totaal=true (een telling kost tijd bij grote "
                    + "gemeenten). Een ongeldige waarde, ook een onbekende of bewerkte cursor, geeft 400 met elk "
                    + "probleem.")
    Werkvoorraad werkvoorraad(
            @Parameter(description = "Alleen zonder cursor: de pagina vanaf het begin (liever de cursor volgen)")
            @RequestParam(defaultValue = "1") @Min(1) @Max(Paginering.MAXIMALE_PAGINA) int pagina,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int paginaGrootte,
            @Parameter(description = "actief (standaard), beeindigd of alle")
            @RequestParam(defaultValue = "actief") @Pattern(regexp = STATUSSEN) String status,
            @Parameter(description = "Alleen inburgeraars met een van deze signalen (herhaalbaar): "
                    + Signaalsoort.PATROON)
            @RequestParam(required = false) List<@Pattern(regexp = Signaalsoort.PATROON) String> signaal,
            @Parameter(description = "nieuwste (standaard), einddatumTermijn of oudsteSignaal")
            @RequestParam(defaultValue = "nieuwste") @Pattern(regexp = SORTERINGEN) String sorteer,
            @Parameter(description = "De pagina na de vorige: de cursor uit _links.next.href (ondoorzichtig; met "
                    + "dezelfde sorteer)")
            @RequestParam(required = false) @jakarta.validation.constraints.Size(max = 200) String cursor,
            @Parameter(description = "true: ook het aantal rijen van de hele selectie (totaal)")
            @RequestParam(defaultValue = "false") boolean totaal) {
        String gemeentecode = KetenGebruiker.huidig().vereisGemeentecode();
        Set<Signaalsoort> signalen = EnumSet.noneOf(Signaalsoort.class);
        if (signaal != null) {
            signaal.forEach(waarde -> signalen.add(Signaalsoort.valueOf(waarde)));
        }
        Werkvoorraadvraag.Sortering sortering = switch (sorteer) {
            case "einddatumTermijn" -> Werkvoorraadvraag.Sortering.EINDDATUM_TERMIJN;
            case "oudsteSignaal" -> Werkvoorraadvraag.Sortering.OUDSTE_SIGNAAL;
            default -> Werkvoorraadvraag.Sortering.NIEUWSTE_EERST;
        };
        Werkvoorraadcursor na = null;
        if (cursor != null) {
            List<InvalidParam> problemen = new ArrayList<>();
            na = Werkvoorraadcursor.lees(cursor, sortering).orElse(null);
            if (na == null) {
                problemen.add(new InvalidParam("cursor", "cursor", "Geen cursor van deze werkvoorraad met sorteer="
                        + sorteer + ": volg _links.next.href van de vorige pagina"));
            }
            if (pagina != 1) {
                problemen.add(new InvalidParam("pagina", "cursor", "pagina en cursor gaan niet samen: de cursor "
                        + "bepaalt waar de pagina begint"));
            }
            if (!problemen.isEmpty()) {
                throw new OngeldigeInvoerException(problemen);
            }
        }
        Werkvoorraadpagina page = inburgeraars.werkvoorraad(gemeentecode, new Werkvoorraadvraag(pagina,
                paginaGrootte, Werkvoorraadvraag.Status.valueOf(status.toUpperCase(java.util.Locale.ROOT)), signalen,
                sortering, na, totaal));
        UriComponentsBuilder hier = ServletUriComponentsBuilder.fromCurrentRequest();
        Link volgende = page.volgende().map(c -> new Link(hier.cloneBuilder().replaceQueryParam("pagina")
                .replaceQueryParam("totaal").replaceQueryParam("cursor", c.tekst()).build().toUriString()))
                .orElse(null);
        return new Werkvoorraad(alsDtos(page.regels()), cursor == null ? pagina : null, paginaGrootte,
                page.totaal(), new Links(new Link(hier.build().toUriString()), volgende));
    }

    @PostMapping("/{id}/certificaat/uitreiking")
    @Operation(summary = "Leg vast dat de gemeente het inburgeringscertificaat uitreikte (Z-route, seed §15.6)",
            description = "Na DUO's beschikking voldaan (#10) met een inburgeringscertificaat reikt de gemeente het "
                    + "certificaat uit; daarna verdwijnt de taak CERTIFICAAT_UITREIKEN uit de werkvoorraad. 400 zonder "
                    + "datum, met een datum in de toekomst of voor de beschikking; 409 zonder zo'n beschikking "
                    + "(GEEN_CERTIFICAAT_OM_UIT_TE_REIKEN) of als het al is uitgereikt (CERTIFICAAT_AL_UITGEREIKT).")
    @ApiResponse(responseCode = "201", description = "De uitreiking is vastgelegd; de werkvoorraadregel")
    @ApiResponse(responseCode = "409", description = "Er is geen certificaat uit te reiken (de regel staat in detail)")
    ResponseEntity<Inburgeraar> certificaatUitgereikt(@PathVariable UUID id,
            @RequestBody UitreikingRequest request) {
        String gemeentecode = KetenGebruiker.huidig().vereisGemeentecode();
        certificaat.handle(gemeentecode, id, request == null ? null : request.datumUitreiking());
        return ResponseEntity.created(URI.create("/api/v1/inburgeraars/" + id)).body(inburgeraar(id));
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
                regel.kolom(INSTELLING, String.class), examensBehaald(regel), regel.kolom(VERZUIM_SIGNAAL, String.class),
                regel.kolom(InburgeraarRaadplegen.STATUS_PLICHT, String.class),
                regel.kolom(InburgeraarRaadplegen.EINDDATUM_PLICHT, LocalDate.class),
                regel.kolom(InburgeraarRaadplegen.REDEN_EINDE_PLICHT, String.class),
                regel.kolom(REDEN_WIJZIGING_TERMIJN, String.class), kaart(regel, InburgeraarRaadplegen.VOLDAAN),
                kaart(regel, LAATSTE_SIGNALERING), kaart(regel, BOETE), kaart(regel, BEOORDELING_VERLENGING),
                regel.signalen().stream().map(s -> new SignaalDto(s.soort().name(), s.sinds())).toList(),
                lijst(regel, InburgeraarRaadplegen.OPENSTAANDE_ONDERDELEN),
                regel.kolom(InburgeraarRaadplegen.ASIELRECHTEN, String.class),
                regel.kolom(InburgeraarRaadplegen.REDEN_WIJZIGING_PLICHT, String.class),
                regel.kolom(InburgeraarRaadplegen.DATUM_WIJZIGING_PLICHT, LocalDate.class),
                kaart(regel, OVERDRACHT));
    }

    private static List<String> lijst(Werkvoorraadregel regel, String kolom) {
        List<?> waarden = regel.kolom(kolom, List.class);
        return waarden == null ? null : waarden.stream().map(String::valueOf).toList();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> kaart(Werkvoorraadregel regel, String kolom) {
        return regel.kolom(kolom, Map.class);
    }

    private static List<String> examensBehaald(Werkvoorraadregel regel) {
        List<?> behaald = regel.kolom(EXAMENS_BEHAALD, List.class);
        return behaald == null ? List.of() : behaald.stream().map(String::valueOf).toList();
    }

    record ZoekVraag(@NotNull @GeldigBsn String bsn) {
    }

    /** @param datumUitreiking the day the gemeente handed the certificaat over (not in the future) */
    record UitreikingRequest(LocalDate datumUitreiking) {
    }

    /**
     * @param soort what needs action: one of {@link Signaalsoort}
     * @param sinds the day it arose
     */
    record SignaalDto(String soort, LocalDate sinds) {
    }

    record Zoekresultaat(List<Inburgeraar> inburgeraars) {
    }

    /**
     * @param pagina  the page asked for without a cursor; absent when paging by cursor
     * @param totaal  the size of the whole selection, only with {@code totaal=true}
     * @param _links  self, and next while there is a next page (HAL style); the last page has no next
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Werkvoorraad(List<Inburgeraar> inburgeraars, Integer pagina, int paginaGrootte, Long totaal,
            @JsonProperty("_links") Links _links) {
    }

    /** @param next absent on the last page */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Links(Link self, Link next) {
    }

    record Link(String href) {
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
     * @param statusPlicht                 ACTIEF, or BEEINDIGD once DUO ended the plicht (#3 beëindigd);
     *                                     TIJDELIJK_VRIJGESTELD when it ended for a tijdelijke vrijstelling
     * @param einddatumPlicht              the day the plicht ended (#3 beëindigd); null while it runs
     * @param redenEindePlicht             DUO's reden, e.g. INBURGERINGSPLICHT_VOLDAAN; null while it runs
     * @param redenWijzigingInburgeringstermijn DUO's reden of the last change of the termijn (#5 gewijzigd), e.g.
     *                                     VERLENGING_OP_VERZOEK; null while DUO did not change it
     * @param voldaan                      DUO's beschikking voldaan (#10): {datumBeschikking, datumVoldaan,
     *                                     leerroute, waardepapier, certificaatUitgereiktOp}; null before it
     * @param laatsteSignalering           DUO's latest #7: {reden, datumSignalering, einddatumInburgeringstermijn,
     *                                     uiterlijkeLeverdatum, datumAanvraagVerlenging}; null before any
     * @param boete                        DUO's latest boete (#8): {beschikkingskenmerk, bedrag, datumBeschikking,
     *                                     nieuweEinddatumInburgeringstermijn}; null before any
     * @param beoordelingVerlenging        DUO's latest oordeel on an aanvraag verlenging (#9): {oordeel,
     *                                     datumAanvraag, datumBeschikking, nieuweEinddatumInburgeringstermijn}
     * @param signalen                     what needs action, oldest first, computed with the service's clock
     * @param openstaandeOnderdelen        the onderdelen he still has to pass as DUO last delivered them (#3
     *                                     gewijzigd: KNM, LE, LU, SC, SP, PVT, MAP); null before DUO named them
     * @param asielrechtenWijzigingVerblijfsdoel the asielrechten that hold after a doelgroepkeuze (#3 gewijzigd)
     * @param redenWijzigingPlicht         DUO's reden of the latest #3 gewijzigd, e.g. DOELGROEP_GEWIJZIGD
     * @param datumWijzigingPlicht         the day of DUO's latest #3 gewijzigd
     * @param overdracht                   after a verhuizing into this gemeente (#19): {gemeentecodeOud,
     *                                     datumVerhuizing, datumVerzoek, status (GEVRAAGD, ONTVANGEN), and once
     *                                     received datumOverdracht, doelgroep, pip {dagtekening, leerroute,
     *                                     niveau}, datumInburgeringsaanbod, aantalInspanningen,
     *                                     maatschappelijkeBegeleidingAfgerond, lopendeHandhavingOpInspanning,
     *                                     contactpersoon, dossierverwijzing}; null without a verhuizing
     */
    record Inburgeraar(UUID id, String bsn, String gemeentecode, LocalDate geboortedatum, String doelgroep,
            String gedetailleerdeDoelgroep, LocalDate begindatumInburgeringsplicht, LocalDate datumVaststelling,
            boolean leerbaarheidstoetsKlaargezet, Instant ontvangenOp, String statusPip,
            LocalDate einddatumInburgeringstermijn, String statusPvt, String statusMap, String statusZroute,
            String instelling, List<String> examensBehaald, String verzuimSignaal, String statusPlicht,
            LocalDate einddatumPlicht, String redenEindePlicht, String redenWijzigingInburgeringstermijn,
            Map<String, Object> voldaan, Map<String, Object> laatsteSignalering, Map<String, Object> boete,
            Map<String, Object> beoordelingVerlenging, List<SignaalDto> signalen, List<String> openstaandeOnderdelen,
            String asielrechtenWijzigingVerblijfsdoel, String redenWijzigingPlicht, LocalDate datumWijzigingPlicht,
            Map<String, Object> overdracht) {
    }
}
