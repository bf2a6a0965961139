package nl.inburgering.duo.pip.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.annotation.JsonInclude;

import nl.inburgering.duo.m2m.web.gedeeld.Foutmelding;
import nl.inburgering.duo.m2m.web.gedeeld.M2mAutorisatie;
import nl.inburgering.duo.m2m.web.gedeeld.NietGeautoriseerdException;
import nl.inburgering.duo.m2m.web.gedeeld.ApiVersie;
import nl.inburgering.duo.m2m.web.gedeeld.M2mVerzoekvalidatie;
import nl.inburgering.platform.bsn.Bsn;
import nl.inburgering.duo.pip.application.InburgeringsaanbodRegistreren;
import nl.inburgering.duo.pip.application.InburgeringsaanbodRegistrerenHandler;
import nl.inburgering.duo.pip.application.InburgeringsaanbodVerwijderen;
import nl.inburgering.duo.pip.application.InburgeringsaanbodVerwijderenHandler;
import nl.inburgering.duo.pip.application.BekendeInstellingen;
import nl.inburgering.duo.pip.application.Instelling;
import nl.inburgering.duo.pip.application.PipRaadplegen;
import nl.inburgering.duo.pip.domain.Alfabetisering;
import nl.inburgering.duo.pip.domain.Inburgeringsaanbod;
import nl.inburgering.duo.pip.domain.Instellingsnummer;
import nl.inburgering.duo.pip.domain.Overtreding;
import nl.inburgering.platform.config.KetenProperties;
import nl.inburgering.platform.security.KetenGebruiker;
import nl.inburgering.platform.security.Rol;
import nl.inburgering.platform.security.Toegang;
import nl.inburgering.platform.web.InvalidParam;
import nl.inburgering.platform.web.NietGevondenException;
import nl.inburgering.platform.web.OngeldigeInvoerException;

/**
 * DUO's published M2M "Inburgeringsaanbod API" ({@code API/Inburgeringsaanbod/openapi.yml}, version
 * {@value #API_VERSIE}) under {@code /m2m/v1}. The instellingsnummer has ten characters on this API and is compared
 * without leading zeros ({@link Instellingsnummer}). The body maps onto our aanbod field by field; the README's
 * datumEindeCursus and datumAanvangTaalschakeltraject are not in the spec (nor in #16), so their rules have no input.
 * A refusal is 403 with every reason as {@code Foutmelding} (1.1.0: "Foutmeldingen worden nu alleen teruggeven als
 * een HTTP403"); the gemeente-service also hears of it on {@code REGISTRATIE_PIP}.
 */
@RestController
@Toegang(Rol.PARTNERSYSTEEM)
@ApiVersie(InburgeringsaanbodM2mController.API_VERSIE)
@RequestMapping("/m2m/v1")
class InburgeringsaanbodM2mController {

    static final String API_VERSIE = "1.2.0";

    private final PipRaadplegen raadplegen;
    private final InburgeringsaanbodRegistrerenHandler registreren;
    private final InburgeringsaanbodVerwijderenHandler verwijderen;
    private final List<Instelling> instellingen;
    private final M2mAutorisatie autorisatie;
    private final M2mVerzoekvalidatie validatie;
    private final Clock clock;

    InburgeringsaanbodM2mController(PipRaadplegen raadplegen, InburgeringsaanbodRegistrerenHandler registreren,
            InburgeringsaanbodVerwijderenHandler verwijderen, BekendeInstellingen instellingen,
            M2mAutorisatie autorisatie, KetenProperties keten, Clock clock) {
        this.raadplegen = raadplegen;
        this.registreren = registreren;
        this.verwijderen = verwijderen;
        this.instellingen = instellingen.lijst();
        this.autorisatie = autorisatie;
        this.validatie = new M2mVerzoekvalidatie(keten.oin());
        this.clock = clock;
    }

    /** Schema {@code Instelling}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record InstellingAntwoord(String instellingsnummer, String naam, String brin, String bow,
            Boolean indicatieBowKeurmerk, Boolean indicatieTstKeurmerk, String postcode, Integer huisnummer,
            String huisnummertoevoeging, String plaatsnaam) {

        static InstellingAntwoord van(Instelling i) {
            return new InstellingAntwoord(Instellingsnummer.alsM2m(i.instellingsnummer()), i.naam(), i.brin(),
                    i.bow(), i.bowKeurmerk(), i.tstKeurmerk(), i.postcode(), i.huisnummer(),
                    i.huisnummertoevoeging(), i.plaatsnaam());
        }
    }

    /** Schema {@code Inburgeringsaanbod}. */
    record AanbodVerzoek(LocalDate datumInburgeringsaanbod, String indicatorAlfabetiseringsonderwijs,
            LocalDate verwachteStartdatumOpleiding, LocalDate verwachteEinddatumOpleiding) {
    }

    /** {@code GET /instellingen}: DUO's list, no personal data, so no relevance check (the spec has no 403 here). */
    @GetMapping("/instellingen")
    List<InstellingAntwoord> instellingen(@RequestHeader(name = "bron", required = false) String bron,
            @RequestHeader(name = "doel", required = false) String doel,
            @RequestHeader(name = "berichtId", required = false) String berichtId) {
        validatie.controleerBericht(bron, doel, berichtId);
        return instellingen.stream().map(InstellingAntwoord::van).toList();
    }

    @PostMapping("/personen/{bsn}/Inburgeringsaanbod/{instellingsnummer}")
    ResponseEntity<Void> registreer(@PathVariable String bsn, @PathVariable String instellingsnummer,
            @RequestHeader(name = "bron", required = false) String bron,
            @RequestHeader(name = "doel", required = false) String doel,
            @RequestHeader(name = "berichtId", required = false) String berichtId,
            @RequestBody AanbodVerzoek body) {
        controleer(bsn, instellingsnummer, bron, doel, berichtId);
        Inburgeringsaanbod aanbod = alsAanbod(Instellingsnummer.normaliseer(instellingsnummer), body);
        if (!raadplegen.isBekend(Bsn.of(bsn))) {
            throw new NietGevondenException("DUO kent deze persoon niet.");
        }
        String gemeentecode = KetenGebruiker.huidig().gemeentecode().orElseThrow();
        // The answer events need a date; without datumInburgeringsaanbod the day of delivery stands in for it.
        LocalDate datum = body.datumInburgeringsaanbod() != null ? body.datumInburgeringsaanbod()
                : LocalDate.now(clock);
        List<Overtreding> overtredingen = registreren.handle(new InburgeringsaanbodRegistreren(Bsn.of(bsn), gemeentecode,
                List.of(aanbod), datum, clock.instant()));
        if (!overtredingen.isEmpty()) {
            throw new AfgewezenException(overtredingen);
        }
        return ResponseEntity.status(HttpStatus.CREATED).build();
    }

    @DeleteMapping("/personen/{bsn}/Inburgeringsaanbod/{instellingsnummer}")
    ResponseEntity<Void> verwijder(@PathVariable String bsn, @PathVariable String instellingsnummer,
            @RequestHeader(name = "bron", required = false) String bron,
            @RequestHeader(name = "doel", required = false) String doel,
            @RequestHeader(name = "berichtId", required = false) String berichtId) {
        controleer(bsn, instellingsnummer, bron, doel, berichtId);
        List<Overtreding> weigering = verwijderen
                .handle(new InburgeringsaanbodVerwijderen(Bsn.of(bsn), Instellingsnummer.normaliseer(instellingsnummer),
                        KetenGebruiker.huidig().gemeentecode().orElseThrow()))
                .orElseThrow(() -> new NietGevondenException(
                        "DUO kent geen inburgeringsaanbod van deze persoon bij deze instelling."));
        if (!weigering.isEmpty()) {
            throw new AfgewezenException(weigering);
        }
        return ResponseEntity.noContent().build();
    }

    @ExceptionHandler(AfgewezenException.class)
    ResponseEntity<List<Foutmelding>> afgewezen(AfgewezenException e) {
        return M2mAfwijzingen.afgewezen(e);
    }

    @ExceptionHandler(NietGeautoriseerdException.class)
    ResponseEntity<List<Foutmelding>> nietGeautoriseerd(NietGeautoriseerdException e) {
        return M2mAfwijzingen.nietGeautoriseerd(e);
    }

    /** The instellingsnummer is checked with the request: a malformed one is a 400 like a malformed BSN. */
    private void controleer(String bsn, String instellingsnummer, String bron, String doel, String berichtId) {
        try {
            validatie.controleer(bsn, bron, doel, berichtId);
        } catch (OngeldigeInvoerException e) {
            List<InvalidParam> problemen = new ArrayList<>(e.problemen());
            instellingsnummer(instellingsnummer, problemen);
            throw new OngeldigeInvoerException(problemen);
        }
        List<InvalidParam> problemen = new ArrayList<>();
        instellingsnummer(instellingsnummer, problemen);
        if (!problemen.isEmpty()) {
            throw new OngeldigeInvoerException(problemen);
        }
        autorisatie.controleer(bron, bsn);
    }

    private static void instellingsnummer(String nummer, List<InvalidParam> problemen) {
        if (nummer == null || !nummer.matches("\\d{" + Instellingsnummer.LENGTE_M2M + "}")) {
            problemen.add(new InvalidParam("instellingsnummer", "length",
                    "Het instellingsnummer bestaat uit precies " + Instellingsnummer.LENGTE_M2M + " cijfers."));
        }
    }

    private static Inburgeringsaanbod alsAanbod(String instellingsnummer, AanbodVerzoek body) {
        List<InvalidParam> problemen = new ArrayList<>();
        Alfabetisering alfabetisering = null;
        if (body.indicatorAlfabetiseringsonderwijs() == null) {
            problemen.add(new InvalidParam("indicatorAlfabetiseringsonderwijs", "required",
                    "De indicatorAlfabetiseringsonderwijs ontbreekt."));
        } else {
            alfabetisering = PipM2mController.enumWaarde(Alfabetisering.class, body.indicatorAlfabetiseringsonderwijs(),
                    "indicatorAlfabetiseringsonderwijs", "De indicatorAlfabetiseringsonderwijs is A, AA of NVT.",
                    problemen);
        }
        if (!problemen.isEmpty()) {
            throw new OngeldigeInvoerException(problemen);
        }
        return new Inburgeringsaanbod(instellingsnummer, body.datumInburgeringsaanbod(),
                body.verwachteStartdatumOpleiding(), body.verwachteEinddatumOpleiding(), null, null, alfabetisering);
    }
}
