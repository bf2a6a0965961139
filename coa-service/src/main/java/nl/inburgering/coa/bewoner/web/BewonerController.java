package nl.inburgering.coa.bewoner.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.inburgering.coa.bewoner.application.BewonerOverzicht;
import nl.inburgering.coa.bewoner.application.BewonerRaadplegen;
import nl.inburgering.coa.bewoner.application.BewonerRegistreren;
import nl.inburgering.coa.bewoner.application.BewonerRegistrerenHandler;
import nl.inburgering.coa.bewoner.application.Bewonerdossier.KlantprofielVersie;
import nl.inburgering.coa.bewoner.application.Bewonerdossier.Koppeling;
import nl.inburgering.coa.bewoner.application.Bewonerdossier.Voorinburgering;
import nl.inburgering.coa.bewoner.application.Bewonerdossier.WarmeOverdracht;
import nl.inburgering.coa.bewoner.application.GemeenteKoppelen;
import nl.inburgering.coa.bewoner.application.GemeenteKoppelenHandler;
import nl.inburgering.coa.bewoner.application.KlantprofielBijwerken;
import nl.inburgering.coa.bewoner.application.KlantprofielBijwerkenHandler;
import nl.inburgering.coa.bewoner.application.VoorinburgeringVastleggen;
import nl.inburgering.coa.bewoner.application.VoorinburgeringVastleggenHandler;
import nl.inburgering.coa.bewoner.application.WarmeOverdrachtVastleggen;
import nl.inburgering.coa.bewoner.application.WarmeOverdrachtVastleggenHandler;
import nl.inburgering.coa.bewoner.domain.Alfabetiseringsbehoefte;
import nl.inburgering.coa.bewoner.domain.Klantprofiel;
import nl.inburgering.coa.bewoner.web.Leesmodellen.BewonerOverzichtResponse;
import nl.inburgering.coa.bewoner.web.Leesmodellen.BewonerdossierResponse;
import nl.inburgering.platform.bsn.Bsn;
import nl.inburgering.platform.security.Rol;
import nl.inburgering.platform.web.Datumbereik;
import nl.inburgering.platform.web.Paginering;
import nl.inburgering.platform.security.Toegang;
import nl.inburgering.platform.validatie.GeldigBsn;
import nl.inburgering.platform.web.NietGevondenException;

/** COA's own work with the asielstatushouders it houses (seed §3.3). */
@RestController
@Toegang(Rol.COA_MEDEWERKER)
@RequestMapping("/api/v1/bewoners")
@Tag(name = "Bewoners")
class BewonerController {

    private final BewonerRegistrerenHandler registreren;
    private final BewonerRaadplegen raadplegen;
    private final GemeenteKoppelenHandler koppelen;
    private final KlantprofielBijwerkenHandler klantprofiel;
    private final VoorinburgeringVastleggenHandler voorinburgering;
    private final WarmeOverdrachtVastleggenHandler warmeOverdracht;

    BewonerController(BewonerRegistrerenHandler registreren, BewonerRaadplegen raadplegen,
            GemeenteKoppelenHandler koppelen, KlantprofielBijwerkenHandler klantprofiel,
            VoorinburgeringVastleggenHandler voorinburgering, WarmeOverdrachtVastleggenHandler warmeOverdracht) {
        this.registreren = registreren;
        this.raadplegen = raadplegen;
        this.koppelen = koppelen;
        this.klantprofiel = klantprofiel;
        this.voorinburgering = voorinburgering;
        this.warmeOverdracht = warmeOverdracht;
    }

    @PostMapping
    @Operation(summary = "Registreer een asielstatushouder die COA in een AZC huisvest",
            description = "Het antwoord geeft het id van de bewoner; het BSN staat nooit in een URL.")
    ResponseEntity<BewonerResponse> registreer(@Valid @RequestBody BewonerRequest request) {
        UUID id = registreren.handle(new BewonerRegistreren(Bsn.of(request.bsn()), request.vNummer(), request.azcLocatie()));
        return ResponseEntity.created(URI.create("/api/v1/bewoners/" + id))
                .body(new BewonerResponse(id, request.bsn(), request.vNummer(), request.azcLocatie()));
    }

    @GetMapping
    @Operation(summary = "Overzicht van de bewoners, laatst geregistreerd eerst")
    Bewoners overzicht(
            @RequestParam(defaultValue = "1") @Min(1) @Max(Paginering.MAXIMALE_PAGINA) int pagina,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int paginaGrootte) {
        Page<BewonerOverzicht> page = raadplegen.overzicht(pagina, paginaGrootte);
        return new Bewoners(page.getContent().stream().map(BewonerOverzichtResponse::van).toList(), pagina,
                paginaGrootte, page.getTotalElements());
    }

    @GetMapping("/{id}")
    @Operation(summary = "Alles wat COA van een bewoner weet",
            description = "Inburgeringsplicht (van DUO), koppeling en haar historie, klantprofiel en zijn historie, "
                    + "afspraak met de gemeente, warme overdracht, voorinburgering, uitstroom en elke deling van het "
                    + "klantprofiel.")
    BewonerdossierResponse bewoner(@PathVariable UUID id) {
        return raadplegen.dossier(id).map(BewonerdossierResponse::van).orElseThrow(() -> new NietGevondenException("Deze bewoner bestaat niet."));
    }

    @PostMapping("/_zoek")
    @Operation(summary = "Zoek een bewoner op BSN (het BSN staat in de body, nooit in de URL)")
    Zoekresultaat zoek(@Valid @RequestBody ZoekVraag vraag) {
        return new Zoekresultaat(raadplegen.zoek(Bsn.of(vraag.bsn())).stream()
                .map(BewonerOverzichtResponse::van).toList());
    }

    @PostMapping("/{id}/koppeling")
    @Operation(summary = "Koppel de bewoner aan een beoogde vestigingsgemeente",
            description = "Alleen een bewoner van wie COA de inburgeringsplicht van DUO ontving, en niet na uitstroom "
                    + "(anders 409). Publiceert in één transactie Notificatie inburgeraar gekoppeld aan gemeente (#14, "
                    + "aan gemeente en DUO; bij een herkoppeling met de vorige gemeente) en het klantprofiel (#15, moment "
                    + "KOPPELING). Een herkoppeling brengt afspraak en warme overdracht naar de nieuwe gemeente en start "
                    + "de afspraaktermijn opnieuw.")
    ResponseEntity<Koppeling> koppel(@PathVariable UUID id, @Valid @RequestBody KoppelingRequest request) {
        Koppeling koppeling = koppelen.handle(new GemeenteKoppelen(id, request.gemeentecode(),
                request.verwachteDatumUitstroom()));
        return ResponseEntity.created(URI.create("/api/v1/bewoners/" + id)).body(koppeling);
    }

    @PutMapping("/{id}/klantprofiel")
    @Operation(summary = "Leg een nieuwe versie van het klantprofiel vast",
            description = "Eerdere versies blijven bewaard. Zolang de bewoner gekoppeld is en in het AZC verblijft, "
                    + "krijgt de gemeente het profiel meteen (#15, moment BIJGEWERKT_TIJDENS_VOORINBURGERING). Na "
                    + "uitstroom: 409.")
    KlantprofielVersie klantprofiel(@PathVariable UUID id, @Valid @RequestBody KlantprofielRequest request) {
        return klantprofiel.handle(new KlantprofielBijwerken(id, request.alsDomein()));
    }

    @PostMapping("/{id}/voorinburgering")
    @Operation(summary = "Leg vast dat COA voorinburgering aanbood en of de bewoner die accepteerde",
            description = "Geweigerd (409) als met de gemeente variant 1 is afgesproken (brede intake, PIP en aanbod in "
                    + "het AZC: de gemeente geeft al lessen), zonder inburgeringsplicht of na uitstroom. Deelt het "
                    + "klantprofiel met de gekoppelde gemeente (#15, BIJGEWERKT_TIJDENS_VOORINBURGERING).")
    Voorinburgering voorinburgering(@PathVariable UUID id, @Valid @RequestBody VoorinburgeringRequest request) {
        return voorinburgering.handle(new VoorinburgeringVastleggen(id, request.geaccepteerd()));
    }

    @PostMapping("/{id}/warme-overdracht")
    @Operation(summary = "Leg vast dat de door de gemeente geplande warme overdracht vandaag plaatsvond",
            description = "Deelt het klantprofiel met de gekoppelde gemeente (#15, moment WARME_OVERDRACHT). Zonder "
                    + "koppeling of geplande warme overdracht: 409.")
    WarmeOverdracht warmeOverdracht(@PathVariable UUID id) {
        return warmeOverdracht.handle(new WarmeOverdrachtVastleggen(id));
    }

    record BewonerRequest(
            @NotNull @GeldigBsn String bsn,
            @NotNull @Pattern(regexp = "\\d{10}", message = "moet een V-nummer van 10 cijfers zijn") String vNummer,
            @NotBlank @Size(max = 100) String azcLocatie) {
    }

    record BewonerResponse(UUID id, String bsn, String vNummer, String azcLocatie) {
    }

    record Bewoners(List<BewonerOverzichtResponse> bewoners, int pagina, int paginaGrootte, long totaal) {
    }

    record ZoekVraag(@NotNull @GeldigBsn String bsn) {
    }

    record Zoekresultaat(List<BewonerOverzichtResponse> bewoners) {
    }

    record KoppelingRequest(
            @NotNull @Pattern(regexp = "\\d{4}", message = "moet een CBS-gemeentecode van 4 cijfers zijn")
            String gemeentecode,
            @Datumbereik(vanaf = Datumbereik.WI2021, dagenVooruit = 5 * 366) LocalDate verwachteDatumUitstroom) {
    }

    record KlantprofielRequest(
            @Pattern(regexp = "[A-Z]{2}", message = "moet een ISO 3166-1 alpha-2 landcode zijn") String geboorteland,
            @NotNull @Size(max = 20)
            List<@NotNull @Pattern(regexp = "[a-z]{2}", message = "moet een ISO 639-1 taalcode zijn") String> talen,
            @Size(max = 500) String hoogstGenotenOpleiding,
            @Size(max = 2000) String werkervaring,
            @NotNull Alfabetiseringsbehoefte alfabetiseringsbehoefte,
            @NotNull Boolean voorinburgeringGevolgd,
            @Min(0) @Max(5000) Integer urenVoorinburgering,
            @Size(max = 2000) String bijzonderheden) {

        Klantprofiel alsDomein() {
            return new Klantprofiel(geboorteland, talen, hoogstGenotenOpleiding, werkervaring,
                    alfabetiseringsbehoefte, voorinburgeringGevolgd, urenVoorinburgering, bijzonderheden);
        }
    }

    record VoorinburgeringRequest(@NotNull Boolean geaccepteerd) {
    }
}
