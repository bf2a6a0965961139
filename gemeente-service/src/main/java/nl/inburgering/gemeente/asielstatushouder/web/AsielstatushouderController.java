package nl.inburgering.gemeente.asielstatushouder.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import nl.inburgering.gemeente.asielstatushouder.application.AsielstatushouderRaadplegen;
import nl.inburgering.gemeente.asielstatushouder.application.AsielstatushouderRaadplegen.Asielstatushouder;
import nl.inburgering.gemeente.asielstatushouder.application.AsielstatushouderRaadplegen.Koppelingoverzicht;
import nl.inburgering.gemeente.asielstatushouder.domain.Betrokkenheid;
import nl.inburgering.platform.security.KetenGebruiker;
import nl.inburgering.platform.security.Rol;
import nl.inburgering.platform.web.Paginering;
import nl.inburgering.platform.security.Toegang;

/**
 * Seed §3.3 for the caseworker: the asielstatushouders COA linked to the gemeente (also before DUO's
 * inburgeringsplicht arrives), and per person the koppeling, klantprofiel, recht op maatschappelijke begeleiding,
 * the agreed betrokkenheid and the warme overdracht. Own gemeente only; another gemeente's person answers 404.
 */
@RestController
@Toegang(Rol.GEMEENTE_KLANTMANAGER)
@Tag(name = "Asielstatushouders")
class AsielstatushouderController {

    private final AsielstatushouderRaadplegen raadplegen;

    AsielstatushouderController(AsielstatushouderRaadplegen raadplegen) {
        this.raadplegen = raadplegen;
    }

    @GetMapping("/api/v1/inburgeraars/{id}/asielstatushouder")
    @Operation(summary = "Koppeling, klantprofiel, maatschappelijke begeleiding en betrokkenheid van een inburgeraar",
            description = "Wat COA (#14, #15) en DUO (#4) de gemeente over deze asielstatushouder leverden. Een "
                    + "inburgeraar van een andere gemeente geeft 404, net als een die niet bestaat; een inburgeraar "
                    + "zonder gegevens als asielstatushouder ook.")
    AsielstatushouderDto voorInburgeraar(@PathVariable UUID id) {
        return AsielstatushouderDto.van(raadplegen.voorInburgeraar(KetenGebruiker.huidig().vereisGemeentecode(), id));
    }

    @GetMapping("/api/v1/koppelingen")
    @Operation(summary = "De asielstatushouders die COA aan de gemeente van het token koppelde, nieuwste koppeling eerst",
            description = "Ook wie nog in het AZC woont en van wie DUO de inburgeringsplicht nog niet leverde; "
                    + "inburgeraarId is gevuld zodra die er is. Een koppeling die vervallen is (COA koppelde de "
                    + "persoon aan een andere gemeente) staat er niet in.")
    Koppelingen koppelingen(
            @RequestParam(defaultValue = "1") @Min(1) @Max(Paginering.MAXIMALE_PAGINA) int pagina,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int paginaGrootte) {
        Page<Koppelingoverzicht> page = raadplegen.koppelingen(KetenGebruiker.huidig().vereisGemeentecode(), pagina,
                paginaGrootte);
        return new Koppelingen(page.map(KoppelingregelDto::van).toList(), pagina, paginaGrootte,
                page.getTotalElements());
    }

    @GetMapping("/api/v1/koppelingen/{id}")
    @Operation(summary = "Een koppeling van de eigen gemeente met alle gegevens van de asielstatushouder",
            description = "Een koppeling van een andere gemeente, of een vervallen koppeling, geeft 404.")
    AsielstatushouderDto koppeling(@PathVariable UUID id) {
        return AsielstatushouderDto.van(raadplegen.koppeling(KetenGebruiker.huidig().vereisGemeentecode(), id));
    }

    record Koppelingen(List<KoppelingregelDto> koppelingen, int pagina, int paginaGrootte, long totaal) {
    }

    record KoppelingregelDto(UUID id, String bsn, String vNummer, UUID inburgeraarId, LocalDate datumKoppeling,
            String azcLocatie, LocalDate verwachteDatumUitstroom, LocalDate gevestigdOp,
            BetrokkenheidDto betrokkenheid, LocalDate datumWarmeOverdracht) {

        static KoppelingregelDto van(Koppelingoverzicht k) {
            return new KoppelingregelDto(k.id(), k.bsn().value(), k.vNummer(), k.inburgeraarId().orElse(null),
                    k.datumKoppeling(), k.azcLocatie(), k.verwachteDatumUitstroom(), k.gevestigdOp(),
                    BetrokkenheidDto.van(k.betrokkenheid()), k.datumWarmeOverdracht().orElse(null));
        }
    }

    /**
     * @param status         AFGESPROKEN (the klantprofiel names the variant), STANDAARD (nothing agreed within 2
     *                       weeks of the koppeling: VANAF_INSCHRIJVING) or NOG_GEEN_AFSPRAAK
     * @param variant        the variant that applies, or null while there is no agreement yet
     * @param omschrijving   the status in words, e.g. "nog geen afspraak"
     * @param standaardVanaf the day the default VANAF_INSCHRIJVING applies when nothing is agreed
     */
    record BetrokkenheidDto(String status, String variant, String omschrijving, LocalDate standaardVanaf) {

        static BetrokkenheidDto van(Betrokkenheid b) {
            return new BetrokkenheidDto(b.status().name(), b.variant() == null ? null : b.variant().name(),
                    b.omschrijving(), b.standaardVanaf());
        }
    }

    record KoppelingDto(UUID id, LocalDate datumKoppeling, String azcLocatie, LocalDate verwachteDatumUitstroom,
            String vorigeGemeentecode, LocalDate gevestigdOp, Instant ontvangenOp) {
    }

    record KlantprofielDto(String moment, LocalDate datumBijgewerkt, String geboorteland, List<String> talen,
            String hoogstGenotenOpleiding, String werkervaring, String alfabetiseringsbehoefte,
            boolean voorinburgeringGevolgd, Integer urenVoorinburgering, String bijzonderheden,
            String afgesprokenVariant, LocalDate datumWarmeOverdracht, Boolean voorinburgeringGeaccepteerd,
            Instant ontvangenOp) {

        static KlantprofielDto van(AsielstatushouderRaadplegen.Klantprofiel p) {
            return new KlantprofielDto(p.moment(), p.datumBijgewerkt(), p.geboorteland(), p.talen(),
                    p.hoogstGenotenOpleiding(), p.werkervaring(), p.alfabetiseringsbehoefte(),
                    p.voorinburgeringGevolgd(), p.urenVoorinburgering(), p.bijzonderheden(), p.afgesprokenVariant(),
                    p.datumWarmeOverdracht(), p.voorinburgeringGeaccepteerd(), p.ontvangenOp());
        }
    }

    record MaatschappelijkeBegeleidingDto(LocalDate ingangsdatum, LocalDate datumVaststelling, Instant ontvangenOp) {
    }

    /**
     * @param klantprofiel         the current klantprofiel (the last COA shared)
     * @param klantprofielHistorie every version COA shared with this gemeente, oldest first, each with its moment
     */
    record AsielstatushouderDto(String bsn, String vNummer, UUID inburgeraarId, KoppelingDto koppeling,
            BetrokkenheidDto betrokkenheid, LocalDate datumWarmeOverdracht, KlantprofielDto klantprofiel,
            List<KlantprofielDto> klantprofielHistorie, MaatschappelijkeBegeleidingDto rechtOpMaatschappelijkeBegeleiding) {

        static AsielstatushouderDto van(Asielstatushouder a) {
            return new AsielstatushouderDto(a.bsn().value(), a.vNummer(), a.inburgeraarId().orElse(null),
                    a.koppeling().map(k -> new KoppelingDto(k.id(), k.datumKoppeling(), k.azcLocatie(),
                            k.verwachteDatumUitstroom(), k.vorigeGemeentecode(), k.gevestigdOp(), k.ontvangenOp()))
                            .orElse(null),
                    BetrokkenheidDto.van(a.betrokkenheid()), a.datumWarmeOverdracht().orElse(null),
                    a.klantprofiel().map(KlantprofielDto::van).orElse(null),
                    a.klantprofielHistorie().stream().map(KlantprofielDto::van).toList(),
                    a.rechtOpMaatschappelijkeBegeleiding().map(r -> new MaatschappelijkeBegeleidingDto(
                            r.ingangsdatum(), r.datumVaststelling(), r.ontvangenOp())).orElse(null));
        }
    }
}
