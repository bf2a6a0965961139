package nl.inburgering.duo.vrijstelling.web;

import nl.inburgering.platform.web.Invoercontrole;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.annotation.JsonInclude;

import nl.inburgering.duo.vrijstelling.application.NieuweAanvraag;
import nl.inburgering.duo.vrijstelling.application.Vrijstellingen;
import nl.inburgering.duo.vrijstelling.application.Vrijstellingsaanvraag;
import nl.inburgering.duo.vrijstelling.domain.Advies;
import nl.inburgering.duo.vrijstelling.domain.Adviesinstantie;
import nl.inburgering.duo.vrijstelling.domain.Besluit;
import nl.inburgering.duo.vrijstelling.domain.Oordeel;
import nl.inburgering.duo.vrijstelling.domain.RedenVrijstelling;
import nl.inburgering.duo.vrijstelling.domain.VrijgesteldOnderdeel;
import nl.inburgering.duo.vrijstelling.domain.VrijstellingPolicy;
import nl.inburgering.duo.vrijstelling.domain.Vrijstellingsoort;
import nl.inburgering.platform.bsn.Bsn;
import nl.inburgering.platform.config.KetenProperties;
import nl.inburgering.platform.security.GeenToegangException;
import nl.inburgering.platform.security.KetenGebruiker;
import nl.inburgering.platform.security.Rol;
import nl.inburgering.platform.security.Toegang;
import nl.inburgering.platform.web.InvalidParam;

/**
 * Vrijstellingen op verzoek (seed §10.2) at DUO's backoffice (a token of DUO's own OIN): the aanvraag (201), the advies
 * of SBB or Nuffic asked and recorded, the beslissing (#11 to the gemeente; a toekenning changes the plicht, #3), the
 * intrekking of a tijdelijke vrijstelling (the plicht resumes) and a search by BSN in the body. 400 lists every
 * problem; 404 for an unknown person or aanvraag; 409 for a person who is not plichtig or an aanvraag decided already.
 */
@RestController
@RequestMapping("/api/v1/vrijstellingsaanvragen")
@Toegang(Rol.DUO_BACKOFFICE)
class VrijstellingsaanvraagController {

    private final Vrijstellingen vrijstellingen;
    private final String duoOin;

    VrijstellingsaanvraagController(Vrijstellingen vrijstellingen, KetenProperties keten) {
        this.vrijstellingen = vrijstellingen;
        this.duoOin = keten.oin();
    }

    /**
     * @param soort      GEHEEL, TIJDELIJK or GEDEELTELIJK
     * @param reden      AVI, DIP, DOC, GED, INB, INS (OPL is DUO's ambtshalve one)
     * @param onderdelen only for GEDEELTELIJK: examenonderdeel LE, LU, SC or SP with niveau A2 or B1
     * @param startdatum only for TIJDELIJK, as is einddatum (both inclusive)
     */
    record AanvraagVerzoek(String bsn, String soort, String reden, String onderbouwing,
            List<Invoer.Onderdeel> onderdelen, String startdatum, String einddatum) {
    }

    /** @param instantie SBB or NUFFIC */
    record AdviesaanvraagVerzoek(String instantie) {
    }

    /** @param advies POSITIEF or NEGATIEF */
    record AdviesVerzoek(String advies, String toelichting) {
    }

    /** @param oordeel TOEKENNING or AFWIJZING; the rest as in {@link AanvraagVerzoek}, for the soort granted */
    record BeslissingVerzoek(String oordeel, String soort, String reden, List<Invoer.Onderdeel> onderdelen,
            String startdatum, String einddatum) {
    }

    record Zoekvraag(String bsn) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record Onderdeel(String onderdeel, String niveau) {

        static List<Onderdeel> van(List<VrijgesteldOnderdeel> onderdelen) {
            return onderdelen.stream().map(o -> new Onderdeel(o.onderdeel().name(), o.niveau().name())).toList();
        }
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record Beslissing(String oordeel, String soort, String reden, List<Onderdeel> onderdelen, LocalDate startdatum,
            LocalDate einddatum, LocalDate datumOordeel, LocalDate ingetrokkenOp) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record Aanvraag(UUID id, String bsn, String soort, String reden, String onderbouwing, List<Onderdeel> onderdelen,
            LocalDate startdatum, LocalDate einddatum, String gemeentecode, String status, String adviesinstantie,
            LocalDate adviesGevraagdOp, String advies, String adviesToelichting, Beslissing beslissing) {

        static Aanvraag van(Vrijstellingsaanvraag a) {
            Besluit b = a.besluit();
            return new Aanvraag(a.id(), a.bsn().value(), a.soortGevraagd().name(), a.redenGevraagd().name(),
                    a.onderbouwing(), Onderdeel.van(a.onderdelenGevraagd()), a.startdatumGevraagd(),
                    a.einddatumGevraagd(), a.gemeentecode(), a.status(), a.adviesinstantie(), a.adviesGevraagdOp(),
                    a.advies(), a.adviesToelichting(), b == null ? null : new Beslissing(b.oordeel().name(),
                            b.soort().name(), b.reden().name(), Onderdeel.van(b.onderdelen()), b.startdatum(),
                            b.einddatum(), a.datumOordeel(), a.ingetrokkenOp()));
        }
    }

    @PostMapping
    ResponseEntity<Aanvraag> indienen(@RequestBody AanvraagVerzoek verzoek) {
        alleenDuo();
        List<InvalidParam> problemen = new ArrayList<>();
        Invoercontrole.bsn(verzoek.bsn(), problemen);
        Vrijstellingsoort soort = Invoercontrole.keuze("soort", verzoek.soort(), Vrijstellingsoort.class, true,
                problemen);
        RedenVrijstelling reden = Invoercontrole.keuze("reden", verzoek.reden(), RedenVrijstelling.class, true,
                problemen);
        Invoer.tekst("onderbouwing", verzoek.onderbouwing(), true, problemen);
        List<VrijgesteldOnderdeel> onderdelen = Invoer.onderdelen(verzoek.onderdelen(), problemen);
        LocalDate start = Invoer.datum("startdatum", verzoek.startdatum(), problemen);
        LocalDate einde = Invoer.datum("einddatum", verzoek.einddatum(), problemen);
        if (soort != null && reden != null) {
            // the aanvraag must be grantable as asked: the policy's rules for a toekenning on request
            VrijstellingPolicy.bezwaren(new Besluit(Oordeel.TOEKENNING, soort, reden, onderdelen, start, einde), false)
                    .forEach(b -> problemen.add(new InvalidParam(b.veld(), "rule", b.melding())));
        }
        Invoercontrole.geldig(problemen);
        Aanvraag aanvraag = Aanvraag.van(vrijstellingen.indienen(new NieuweAanvraag(Bsn.of(verzoek.bsn()), soort,
                reden, verzoek.onderbouwing(), onderdelen, start, einde)));
        return ResponseEntity.created(URI.create("/api/v1/vrijstellingsaanvragen/" + aanvraag.id())).body(aanvraag);
    }

    @PostMapping("/{id}/adviesaanvragen")
    Aanvraag adviesVragen(@PathVariable UUID id, @RequestBody AdviesaanvraagVerzoek verzoek) {
        alleenDuo();
        List<InvalidParam> problemen = new ArrayList<>();
        Adviesinstantie instantie = Invoercontrole.keuze("instantie", verzoek.instantie(), Adviesinstantie.class, true,
                problemen);
        Invoercontrole.geldig(problemen);
        return Aanvraag.van(vrijstellingen.adviesVragen(id, instantie));
    }

    @PostMapping("/{id}/adviezen")
    Aanvraag adviesVastleggen(@PathVariable UUID id, @RequestBody AdviesVerzoek verzoek) {
        alleenDuo();
        List<InvalidParam> problemen = new ArrayList<>();
        Advies advies = Invoercontrole.keuze("advies", verzoek.advies(), Advies.class, true, problemen);
        Invoer.tekst("toelichting", verzoek.toelichting(), false, problemen);
        Invoercontrole.geldig(problemen);
        return Aanvraag.van(vrijstellingen.adviesVastleggen(id, advies, verzoek.toelichting()));
    }

    @PostMapping("/{id}/beslissing")
    Aanvraag beslis(@PathVariable UUID id, @RequestBody BeslissingVerzoek verzoek) {
        alleenDuo();
        List<InvalidParam> problemen = new ArrayList<>();
        Oordeel oordeel = Invoercontrole.keuze("oordeel", verzoek.oordeel(), Oordeel.class, true, problemen);
        Vrijstellingsoort soort = Invoercontrole.keuze("soort", verzoek.soort(), Vrijstellingsoort.class, true,
                problemen);
        RedenVrijstelling reden = Invoercontrole.keuze("reden", verzoek.reden(), RedenVrijstelling.class, true,
                problemen);
        List<VrijgesteldOnderdeel> onderdelen = Invoer.onderdelen(verzoek.onderdelen(), problemen);
        LocalDate start = Invoer.datum("startdatum", verzoek.startdatum(), problemen);
        LocalDate einde = Invoer.datum("einddatum", verzoek.einddatum(), problemen);
        Besluit besluit = null;
        if (oordeel != null && soort != null && reden != null) {
            besluit = new Besluit(oordeel, soort, reden, oordeel == Oordeel.TOEKENNING ? onderdelen : List.of(),
                    oordeel == Oordeel.TOEKENNING ? start : null, oordeel == Oordeel.TOEKENNING ? einde : null);
            VrijstellingPolicy.bezwaren(besluit, false)
                    .forEach(b -> problemen.add(new InvalidParam(b.veld(), "rule", b.melding())));
        }
        Invoercontrole.geldig(problemen);
        return Aanvraag.van(vrijstellingen.beslis(id, besluit));
    }

    @PostMapping("/{id}/intrekking")
    Aanvraag intrekken(@PathVariable UUID id) {
        alleenDuo();
        return Aanvraag.van(vrijstellingen.intrekken(id));
    }

    @PostMapping("/_zoek")
    List<Aanvraag> zoek(@RequestBody Zoekvraag vraag) {
        alleenDuo();
        List<InvalidParam> problemen = new ArrayList<>();
        Invoercontrole.bsn(vraag.bsn(), problemen);
        Invoercontrole.geldig(problemen);
        return vrijstellingen.zoek(Bsn.of(vraag.bsn())).stream().map(Aanvraag::van).toList();
    }

    private void alleenDuo() {
        if (!duoOin.equals(KetenGebruiker.huidig().organisatieOin())) {
            throw new GeenToegangException("alleen DUO's eigen backoffice beslist over een vrijstelling");
        }
    }
}
