package nl.inburgering.duo.lening.web;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.annotation.JsonInclude;

import nl.inburgering.duo.lening.application.Facturen;
import nl.inburgering.duo.lening.application.Lening;
import nl.inburgering.duo.lening.application.Leningbeslissing;
import nl.inburgering.duo.lening.application.Leningen;
import nl.inburgering.duo.lening.domain.Goedkeuring;
import nl.inburgering.duo.lening.domain.Leningstatus;
import nl.inburgering.platform.bsn.Bsn;
import nl.inburgering.platform.config.KetenProperties;
import nl.inburgering.platform.security.GeenToegangException;
import nl.inburgering.platform.security.KetenGebruiker;
import nl.inburgering.platform.security.Rol;
import nl.inburgering.platform.security.Toegang;
import nl.inburgering.platform.web.InvalidParam;
import nl.inburgering.platform.web.Invoercontrole;

/**
 * The lening at DUO's backoffice (seed §12; a token of DUO's own OIN): the aanvraag (201), the beslissing, the
 * goedkeuring of a factuur by the inburgeraar (given in Mijn DUO, or a paper factuur with onderbouwing), a new
 * draagkracht of the debiteur, a lening with its facturen and history, and a search by BSN or status. Every change
 * carries a toelichting (why) that the history keeps with who and when. 400 lists every problem; 404 for an unknown
 * person, lening or factuur; 409 for a step the lening's state does not allow (an asielstatushouder's aanvraag too).
 */
@RestController
@RequestMapping("/api/v1/leningen")
@Toegang(Rol.DUO_BACKOFFICE)
class LeningController {

    static final int MAX_TOELICHTING = 2000;
    static final int MAX_PAGINA = 100;

    private final Leningen leningen;
    private final Facturen facturen;
    private final Clock clock;
    private final String duoOin;

    LeningController(Leningen leningen, Facturen facturen, Clock clock, KetenProperties keten) {
        this.leningen = leningen;
        this.facturen = facturen;
        this.clock = clock;
        this.duoOin = keten.oin();
    }

    /** @param gevraagdBedrag in euro, with at most 2 decimals */
    record AanvraagVerzoek(String bsn, BigDecimal gevraagdBedrag, String datumAanvraag, String toelichting) {
    }

    /** @param oordeel TOEKENNING (with bedrag) or AFWIJZING (with redenen) */
    record BeslissingVerzoek(String oordeel, BigDecimal bedrag, List<String> redenen, String toelichting) {
    }

    record DraagkrachtVerzoek(BigDecimal jaarinkomen, String toelichting) {
    }

    /** @param wijze ELEKTRONISCH (in Mijn DUO) or PAPIER (a paper factuur with onderbouwing) */
    record GoedkeuringVerzoek(String wijze, String toelichting) {
    }

    /** Either a bsn, or a status with an optional pagina (from 0; 100 per pagina). */
    record Zoekvraag(String bsn, String status, Integer pagina) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record LeningAntwoord(UUID id, String bsn, String status, BigDecimal gevraagdBedrag, LocalDate datumAanvraag,
            BigDecimal toegekendBedrag, BigDecimal besteedBedrag, BigDecimal restant, List<String> redenenAfwijzing,
            LocalDate datumBeslissing, LocalDate datumEindeRecht, String redenEindeRecht, BigDecimal jaarinkomen,
            BigDecimal termijnbedrag, Integer aantalTermijnen, LocalDate incassoVanaf, List<FactuurAntwoord> facturen,
            List<HistorieAntwoord> historie) {

        static LeningAntwoord van(Lening l) {
            return new LeningAntwoord(l.id(), l.bsn().value(), l.status().name(), l.gevraagdBedrag(),
                    l.datumAanvraag(), l.toegekendBedrag(), l.besteedBedrag(), l.restant(), l.redenenAfwijzing(),
                    l.datumBeslissing(), l.datumEindeRecht(), l.redenEindeRecht(), l.jaarinkomen(), l.termijnbedrag(),
                    l.aantalTermijnen(), l.incassoVanaf(), l.facturen().stream().map(FactuurAntwoord::van).toList(),
                    l.historie().stream().map(h -> new HistorieAntwoord(h.gebeurtenis().name(), h.factuurId(),
                            h.door(), h.op(), h.toelichting())).toList());
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record FactuurAntwoord(UUID id, String instellingsnummer, String factuurnummer, String leerroute, String niveau,
            String omschrijving, BigDecimal bedrag, LocalDate factuurdatum, String status, String goedkeuring,
            Instant goedgekeurdOp, BigDecimal bedragBetaalbaar, List<String> redenenAfwijzing,
            LocalDate datumBeoordeling, LocalDate betaaldOp) {

        static FactuurAntwoord van(Lening.Factuur f) {
            return new FactuurAntwoord(f.id(), f.instellingsnummer(), f.factuurnummer(), f.leerroute().name(),
                    f.niveau() == null ? null : f.niveau().name(), f.omschrijving(), f.bedrag(), f.factuurdatum(), f.status().name(),
                    f.goedkeuring() == null ? null : f.goedkeuring().name(), f.goedgekeurdOp(), f.bedragBetaalbaar(),
                    f.redenenAfwijzing(), f.datumBeoordeling(), f.betaaldOp());
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record HistorieAntwoord(String gebeurtenis, UUID factuurId, String door, Instant op, String toelichting) {
    }

    @PostMapping
    ResponseEntity<LeningAntwoord> aanvragen(@RequestBody AanvraagVerzoek verzoek) {
        alleenDuo();
        List<InvalidParam> problemen = new ArrayList<>();
        Invoercontrole.bsn(verzoek.bsn(), problemen);
        bedrag("gevraagdBedrag", verzoek.gevraagdBedrag(), problemen);
        LocalDate datum = datum("datumAanvraag", verzoek.datumAanvraag(), problemen);
        toelichting(verzoek.toelichting(), problemen);
        Invoercontrole.geldig(problemen);
        LeningAntwoord lening = LeningAntwoord.van(leningen.aanvragen(Bsn.of(verzoek.bsn()), verzoek.gevraagdBedrag(),
                datum, verzoek.toelichting(), door()));
        return ResponseEntity.created(URI.create("/api/v1/leningen/" + lening.id())).body(lening);
    }

    @PostMapping("/{id}/beslissing")
    LeningAntwoord beslis(@PathVariable UUID id, @RequestBody BeslissingVerzoek verzoek) {
        alleenDuo();
        List<InvalidParam> problemen = new ArrayList<>();
        Oordeel oordeel = Invoercontrole.keuze("oordeel", verzoek.oordeel(), Oordeel.class, true, problemen);
        List<String> redenen = verzoek.redenen() == null ? List.of() : verzoek.redenen();
        if (oordeel == Oordeel.TOEKENNING) {
            bedrag("bedrag", verzoek.bedrag(), problemen);
            if (!redenen.isEmpty()) {
                problemen.add(new InvalidParam("redenen", "notAllowed", "Een toekenning heeft geen redenen van "
                        + "afwijzing."));
            }
        } else if (oordeel == Oordeel.AFWIJZING) {
            if (verzoek.bedrag() != null) {
                problemen.add(new InvalidParam("bedrag", "notAllowed", "Een afwijzing kent geen bedrag toe."));
            }
            if (redenen.isEmpty() || redenen.stream().anyMatch(r -> r == null || r.isBlank() || r.length() > 500)) {
                problemen.add(new InvalidParam("redenen", "required",
                        "Een afwijzing noemt elke reden (elk 1 tot 500 tekens)."));
            }
        }
        toelichting(verzoek.toelichting(), problemen);
        Invoercontrole.geldig(problemen);
        return LeningAntwoord.van(leningen.beslis(new Leningbeslissing(id, oordeel == Oordeel.TOEKENNING,
                verzoek.bedrag(), redenen, verzoek.toelichting()), door()));
    }

    @PostMapping("/{id}/draagkracht")
    LeningAntwoord draagkracht(@PathVariable UUID id, @RequestBody DraagkrachtVerzoek verzoek) {
        alleenDuo();
        List<InvalidParam> problemen = new ArrayList<>();
        if (verzoek.jaarinkomen() == null) {
            problemen.add(new InvalidParam("jaarinkomen", "required", "Het jaarinkomen van de debiteur ontbreekt."));
        } else if (verzoek.jaarinkomen().signum() < 0 || verzoek.jaarinkomen().scale() > 2
                || verzoek.jaarinkomen().precision() - verzoek.jaarinkomen().scale() > 9) {
            problemen.add(new InvalidParam("jaarinkomen", "range",
                    "Het jaarinkomen is een bedrag in euro van 0 of meer, met ten hoogste 2 decimalen."));
        }
        toelichting(verzoek.toelichting(), problemen);
        Invoercontrole.geldig(problemen);
        return LeningAntwoord.van(leningen.draagkracht(id, verzoek.jaarinkomen(), verzoek.toelichting(), door()));
    }

    @PostMapping("/{id}/facturen/{factuurId}/goedkeuring")
    LeningAntwoord goedkeuring(@PathVariable UUID id, @PathVariable UUID factuurId,
            @RequestBody GoedkeuringVerzoek verzoek) {
        alleenDuo();
        List<InvalidParam> problemen = new ArrayList<>();
        Goedkeuring wijze = Invoercontrole.keuze("wijze", verzoek.wijze(), Goedkeuring.class, true, problemen);
        toelichting(verzoek.toelichting(), problemen);
        Invoercontrole.geldig(problemen);
        return LeningAntwoord.van(facturen.goedkeuren(id, factuurId, wijze, verzoek.toelichting(), door()));
    }

    @GetMapping("/{id}")
    LeningAntwoord lening(@PathVariable UUID id) {
        alleenDuo();
        return LeningAntwoord.van(leningen.raadpleeg(id));
    }

    @PostMapping("/_zoek")
    List<LeningAntwoord> zoek(@RequestBody Zoekvraag vraag) {
        alleenDuo();
        List<InvalidParam> problemen = new ArrayList<>();
        if ((vraag.bsn() == null) == (vraag.status() == null)) {
            problemen.add(new InvalidParam("bsn", "required", "Zoek op een bsn of op een status, niet op beide."));
        }
        if (vraag.bsn() != null) {
            Invoercontrole.bsn(vraag.bsn(), problemen);
        }
        Leningstatus status = Invoercontrole.keuze("status", vraag.status(), Leningstatus.class, false, problemen);
        if (vraag.pagina() != null && vraag.pagina() < 0) {
            problemen.add(new InvalidParam("pagina", "range", "De pagina is 0 of meer."));
        }
        Invoercontrole.geldig(problemen);
        List<Lening> gevonden = vraag.bsn() != null ? leningen.zoek(Bsn.of(vraag.bsn()))
                : leningen.metStatus(status, vraag.pagina() == null ? 0 : vraag.pagina(), MAX_PAGINA);
        return gevonden.stream().map(LeningAntwoord::van).toList();
    }

    enum Oordeel { TOEKENNING, AFWIJZING }

    private void alleenDuo() {
        if (!duoOin.equals(KetenGebruiker.huidig().organisatieOin())) {
            throw new GeenToegangException("alleen DUO's eigen backoffice behandelt een lening");
        }
    }

    /** Who takes the step: the calling client of the token. */
    private static String door() {
        return KetenGebruiker.huidigeClient().orElse("onbekend");
    }

    private static void bedrag(String naam, BigDecimal bedrag, List<InvalidParam> problemen) {
        if (bedrag == null) {
            problemen.add(new InvalidParam(naam, "required", "Het " + naam + " ontbreekt."));
        } else if (bedrag.signum() <= 0 || bedrag.scale() > 2 || bedrag.precision() - bedrag.scale() > 7) {
            problemen.add(new InvalidParam(naam, "range",
                    "Het " + naam + " is een bedrag in euro groter dan 0, met ten hoogste 2 decimalen."));
        }
    }

    private LocalDate datum(String naam, String waarde, List<InvalidParam> problemen) {
        return Invoercontrole.datumTotVandaag(clock, naam, waarde, problemen);
    }

    private static void toelichting(String toelichting, List<InvalidParam> problemen) {
        if (toelichting == null || toelichting.isBlank()) {
            problemen.add(new InvalidParam("toelichting", "required",
                    "Elke stap heeft een toelichting: waarom DUO hem zet."));
        } else if (toelichting.length() > MAX_TOELICHTING) {
            problemen.add(new InvalidParam("toelichting", "maxLength",
                    "De toelichting is hoogstens " + MAX_TOELICHTING + " tekens."));
        }
    }
}
