package nl.inburgering.instelling.cursist.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import nl.inburgering.instelling.cursist.api.Cursist;
import nl.inburgering.instelling.cursist.api.HuidigeInstelling;
import nl.inburgering.instelling.cursist.application.CursistRaadplegen;
import nl.inburgering.instelling.cursist.application.InschrijvingRegistreren;
import nl.inburgering.instelling.cursist.application.InschrijvingRegistrerenHandler;
import nl.inburgering.instelling.cursist.application.UitschrijvingRegistreren;
import nl.inburgering.instelling.cursist.application.UitschrijvingRegistrerenHandler;
import nl.inburgering.instelling.cursist.domain.InschrijvingPolicy;
import nl.inburgering.instelling.cursist.domain.InschrijvingPolicy.InschrijvingInvoer;
import nl.inburgering.instelling.cursist.domain.Probleem;
import nl.inburgering.instelling.cursist.domain.UitschrijvingPolicy.UitschrijvingInvoer;
import nl.inburgering.platform.bsn.Bsn;
import nl.inburgering.platform.security.Rol;
import nl.inburgering.platform.security.Toegang;
import nl.inburgering.platform.web.Paginering;

/**
 * Seed §5.4, §6.4: the medewerker of an instelling registers the inschrijving and uitschrijving of its cursisten
 * (#20 to DUO) and reads them. Own instelling only (from the token); another instelling's cursist answers 404.
 */
@RestController
@Toegang(Rol.INSTELLING_MEDEWERKER)
@RequestMapping("/api/v1/cursisten")
@Tag(name = "Cursisten")
class CursistController {

    private final InschrijvingRegistrerenHandler inschrijven;
    private final UitschrijvingRegistrerenHandler uitschrijven;
    private final CursistRaadplegen raadplegen;
    private final HuidigeInstelling instelling;

    CursistController(InschrijvingRegistrerenHandler inschrijven, UitschrijvingRegistrerenHandler uitschrijven,
            CursistRaadplegen raadplegen, HuidigeInstelling instelling) {
        this.inschrijven = inschrijven;
        this.uitschrijven = uitschrijven;
        this.raadplegen = raadplegen;
        this.instelling = instelling;
    }

    @PostMapping
    @Operation(summary = "Een inburgeraar inschrijven bij de instelling en de inschrijving aan DUO doorgeven (#20)",
            description = "De instelling komt uit het token. Elk probleem in de invoer staat in het 400-antwoord. Een "
                    + "tweede open inschrijving van dezelfde persoon bij deze instelling geeft 409. Contractpartij "
                    + "GEMEENTE (de gemeente kocht de lessen in: een asielstatushouder) vraagt de gemeentecode; de "
                    + "inspanning gaat dan naar die gemeente, anders rechtstreeks naar DUO (§15.5).")
    ResponseEntity<CursistDto> inschrijven(@RequestBody InschrijvingVerzoek verzoek) {
        Cursist cursist = inschrijven.handle(new InschrijvingRegistreren(instelling.instellingsnummer(),
                new InschrijvingInvoer(bsn(verzoek.bsn()), bsnProbleem(verzoek.bsn()), verzoek.leerroute(), verzoek.taalniveau(),
                        verzoek.taalschakeltraject(), verzoek.contractpartij(), verzoek.gemeentecode(),
                        verzoek.datumInschrijving(), verzoek.startdatum(), verzoek.verwachteEinddatum())));
        return ResponseEntity.created(URI.create("/api/v1/cursisten/" + cursist.id())).body(alsDto(cursist));
    }

    @GetMapping
    @Operation(summary = "De cursisten van de instelling van het token, nieuwste inschrijving eerst")
    Cursisten cursisten(
            @RequestParam(defaultValue = "1") @Min(1) @Max(Paginering.MAXIMALE_PAGINA) int pagina,
            @RequestParam(defaultValue = "20") @Min(1) @Max(Paginering.MAXIMALE_PAGINAGROOTTE) int paginaGrootte) {
        Page<Cursist> page = raadplegen.lijst(instelling.instellingsnummer(), pagina, paginaGrootte);
        return new Cursisten(page.getContent().stream().map(CursistController::alsDto).toList(), pagina,
                paginaGrootte, page.getTotalElements());
    }

    @GetMapping("/{id}")
    @Operation(summary = "Een cursist van de eigen instelling",
            description = "Een cursist van een andere instelling geeft 404, net als een die niet bestaat.")
    CursistDto cursist(@PathVariable UUID id) {
        return alsDto(raadplegen.een(instelling.instellingsnummer(), id));
    }

    @PostMapping("/{id}/uitschrijving")
    @Operation(summary = "Een cursist uitschrijven en de uitschrijving aan DUO doorgeven (#20)",
            description = "Niet in de toekomst en niet voor de inschrijving (400); een al uitgeschreven cursist "
                    + "geeft 409.")
    CursistDto uitschrijven(@PathVariable UUID id, @RequestBody UitschrijvingVerzoek verzoek) {
        return alsDto(uitschrijven.handle(new UitschrijvingRegistreren(instelling.instellingsnummer(), id,
                new UitschrijvingInvoer(verzoek.datumUitschrijving(), verzoek.opleidingAfgerond()))));
    }

    private static Bsn bsn(String waarde) {
        return waarde != null && Bsn.isValid(waarde) ? Bsn.of(waarde) : null;
    }

    private static Probleem bsnProbleem(String waarde) {
        return waarde == null ? InschrijvingPolicy.BSN_VERPLICHT
                : Bsn.isValid(waarde) ? null : InschrijvingPolicy.BSN_ONGELDIG;
    }

    private static CursistDto alsDto(Cursist c) {
        return new CursistDto(c.id(), c.bsn().value(), c.instellingsnummer(), c.leerroute().name(),
                c.taalniveau() == null ? null : c.taalniveau().name(), c.taalschakeltraject(),
                c.contractpartij().name(), c.gemeentecode(), c.datumInschrijving(), c.startdatum(),
                c.verwachteEinddatum(), c.isIngeschreven() ? "INGESCHREVEN" : "UITGESCHREVEN", c.datumUitschrijving(),
                c.opleidingAfgerond());
    }

    /**
     * @param leerroute      B1_ROUTE, ONDERWIJSROUTE or Z_ROUTE
     * @param taalniveau     A2, B1, B2 or null (never with the Z-route)
     * @param contractpartij GEMEENTE (with gemeentecode) or INBURGERAAR (without)
     */
    record InschrijvingVerzoek(String bsn, String leerroute, String taalniveau, Boolean taalschakeltraject,
            String contractpartij, String gemeentecode, LocalDate datumInschrijving, LocalDate startdatum,
            LocalDate verwachteEinddatum) {
    }

    record UitschrijvingVerzoek(LocalDate datumUitschrijving, Boolean opleidingAfgerond) {
    }

    /** @param status INGESCHREVEN or UITGESCHREVEN */
    record CursistDto(UUID id, String bsn, String instellingsnummer, String leerroute, String taalniveau,
            boolean taalschakeltraject, String contractpartij, String gemeentecode, LocalDate datumInschrijving,
            LocalDate startdatum, LocalDate verwachteEinddatum, String status, LocalDate datumUitschrijving,
            Boolean opleidingAfgerond) {
    }

    record Cursisten(List<CursistDto> cursisten, int pagina, int paginaGrootte, long totaal) {
    }
}
