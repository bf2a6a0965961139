package nl.inburgering.instelling.factuur.web;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

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
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import nl.inburgering.instelling.cursist.api.HuidigeInstelling;
import nl.inburgering.instelling.factuur.application.FactuurIndienen;
import nl.inburgering.instelling.factuur.application.FactuurIndienenHandler;
import nl.inburgering.instelling.factuur.application.FactuurIndienenHandler.Indiening;
import nl.inburgering.instelling.factuur.application.FacturenRaadplegen;
import nl.inburgering.instelling.factuur.application.Factuurweergave;
import nl.inburgering.instelling.factuur.domain.Factuur;
import nl.inburgering.instelling.factuur.domain.FactuurPolicy;
import nl.inburgering.instelling.factuur.domain.FactuurPolicy.FactuurInvoer;
import nl.inburgering.instelling.factuur.domain.Factuurstatus;
import nl.inburgering.instelling.factuur.domain.Probleem;
import nl.inburgering.platform.bsn.Bsn;
import nl.inburgering.platform.security.Rol;
import nl.inburgering.platform.security.Toegang;
import nl.inburgering.platform.web.OngeldigeInvoerException;
import nl.inburgering.platform.web.Paginering;

/**
 * Seed §12.2: the medewerker of an instelling sends its invoices for the education of a cursist to DUO, to be paid
 * from the inburgeraar's lening, and follows DUO's judgement. Own instelling only (from the token); another
 * instelling's invoice answers 404. Amounts are JSON numbers in euro with 2 decimals (decision 0040).
 */
@RestController
@Toegang(Rol.INSTELLING_MEDEWERKER)
@RequestMapping("/api/v1/facturen")
@Tag(name = "Facturen")
class FactuurController {

    private final FactuurIndienenHandler indienen;
    private final FacturenRaadplegen raadplegen;
    private final HuidigeInstelling instelling;

    FactuurController(FactuurIndienenHandler indienen, FacturenRaadplegen raadplegen, HuidigeInstelling instelling) {
        this.indienen = indienen;
        this.raadplegen = raadplegen;
        this.instelling = instelling;
    }

    @PostMapping
    @Operation(summary = "Een factuur voor het onderwijs van een cursist elektronisch bij DUO indienen (lening, §12.2)",
            description = "De instelling komt uit het token. Elk probleem in de invoer staat in het 400-antwoord. "
                    + "Alleen voor een cursist van de instelling (een inschrijving, open of afgesloten); iemand "
                    + "anders geeft 404. Het factuurnummer is uniek per instelling: dezelfde factuur nog eens geeft "
                    + "200 met de al ingediende, hetzelfde nummer met andere inhoud 409. Het niveau (A2 of B1, dat van "
                    + "het PIP) alleen in de B1-route.")
    ResponseEntity<FactuurDto> indienen(@RequestBody FactuurVerzoek verzoek) {
        Indiening indiening = indienen.handle(new FactuurIndienen(instelling.instellingsnummer(),
                new FactuurInvoer(verzoek.factuurnummer(), bsn(verzoek.bsn()), bsnProbleem(verzoek.bsn()),
                        verzoek.leerroute(), verzoek.niveau(), verzoek.omschrijving(), verzoek.bedrag(),
                        verzoek.factuurdatum())));
        FactuurDto dto = alsDto(indiening.factuur());
        return indiening.nieuw() ? ResponseEntity.created(URI.create("/api/v1/facturen/" + dto.id())).body(dto)
                : ResponseEntity.ok(dto);
    }

    @GetMapping
    @Operation(summary = "De facturen van de instelling van het token, nieuwste eerst; te filteren op status")
    Facturen facturen(
            @RequestParam(required = false) @Schema(allowableValues = {"INGEDIEND", "BETAALBAAR_GESTELD",
                    "AFGEWEZEN"}) String status,
            @RequestParam(defaultValue = "1") @Min(1) @Max(Paginering.MAXIMALE_PAGINA) int pagina,
            @RequestParam(defaultValue = "20") @Min(1) @Max(Paginering.MAXIMALE_PAGINAGROOTTE) int paginaGrootte) {
        Page<Factuurweergave> page = raadplegen.lijst(instelling.instellingsnummer(), status(status), pagina,
                paginaGrootte);
        return new Facturen(page.getContent().stream().map(FactuurController::alsDto).toList(), pagina,
                paginaGrootte, page.getTotalElements());
    }

    @GetMapping("/{id}")
    @Operation(summary = "Een factuur van de eigen instelling, met het oordeel van DUO",
            description = "Een factuur van een andere instelling geeft 404, net als een die niet bestaat.")
    FactuurDto factuur(@PathVariable UUID id) {
        return alsDto(raadplegen.een(instelling.instellingsnummer(), id));
    }

    private static Optional<Factuurstatus> status(String waarde) {
        if (waarde == null) {
            return Optional.empty();
        }
        return Optional.of(Arrays.stream(Factuurstatus.values()).filter(s -> s.name().equals(waarde)).findFirst()
                .orElseThrow(() -> new OngeldigeInvoerException("status", "enum", "onbekende status; toegestaan: "
                        + Arrays.stream(Factuurstatus.values()).map(Enum::name)
                                .collect(Collectors.joining(", ")))));
    }

    private static Bsn bsn(String waarde) {
        return waarde != null && Bsn.isValid(waarde) ? Bsn.of(waarde) : null;
    }

    private static Probleem bsnProbleem(String waarde) {
        return waarde == null ? FactuurPolicy.BSN_VERPLICHT
                : Bsn.isValid(waarde) ? null : FactuurPolicy.BSN_ONGELDIG;
    }

    private static FactuurDto alsDto(Factuurweergave w) {
        Factuur f = w.factuur();
        return new FactuurDto(w.id(), f.factuurnummer(), f.instellingsnummer(), f.bsn().value(), f.leerroute().name(),
                f.niveau() == null ? null : f.niveau().name(), f.omschrijving(), f.bedrag(), f.factuurdatum(),
                w.status().name(), w.bedragBetaalbaar(), w.datumBeoordeling(), w.redenenAfwijzing(),
                w.ingediendOp());
    }

    /**
     * @param leerroute B1_ROUTE, ONDERWIJSROUTE or Z_ROUTE
     * @param niveau    A2 or B1, only and always in the B1-route
     * @param bedrag    in euro, more than 0, at most 2 decimals
     */
    record FactuurVerzoek(String factuurnummer, String bsn, String leerroute, String niveau, String omschrijving,
            @Schema(example = "1250.00") BigDecimal bedrag,
            LocalDate factuurdatum) {
    }

    /**
     * @param status           INGEDIEND, BETAALBAAR_GESTELD or AFGEWEZEN
     * @param bedragBetaalbaar only when BETAALBAAR_GESTELD
     * @param redenenAfwijzing every reason DUO gave, only when AFGEWEZEN
     */
    record FactuurDto(UUID id, String factuurnummer, String instellingsnummer, String bsn, String leerroute,
            String niveau, String omschrijving,
            @Schema(example = "1250.00") BigDecimal bedrag,
            LocalDate factuurdatum, String status,
            @Schema(example = "1250.00") BigDecimal bedragBetaalbaar,
            LocalDate datumBeoordeling, List<String> redenenAfwijzing, Instant ingediendOp) {
    }

    record Facturen(List<FactuurDto> facturen, int pagina, int paginaGrootte, long totaal) {
    }
}
