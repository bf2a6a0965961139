package nl.inburgering.duo.handhaving.web;

import nl.inburgering.platform.web.Invoercontrole;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.annotation.JsonInclude;

import nl.inburgering.duo.handhaving.application.Beoordeling;
import nl.inburgering.duo.handhaving.application.Verlengingsaanvraag;
import nl.inburgering.duo.handhaving.application.Verlengingsaanvragen;
import nl.inburgering.duo.handhaving.domain.AanvraagVerlengingBeoordeeld.Oordeel;
import nl.inburgering.platform.bsn.Bsn;
import nl.inburgering.platform.config.KetenProperties;
import nl.inburgering.platform.security.GeenToegangException;
import nl.inburgering.platform.security.KetenGebruiker;
import nl.inburgering.platform.security.Rol;
import nl.inburgering.platform.security.Toegang;
import nl.inburgering.platform.web.InvalidParam;
import nl.inburgering.platform.web.OngeldigeInvoerException;

/**
 * Verlenging op verzoek (seed §9.3.2) at DUO's backoffice (a token of DUO's own OIN): the aanvraag (201; #7 to the
 * gemeente), its beoordeling (#9; a toekenning extends the termijn, #5) and a search by BSN in the body. 400 lists every
 * problem; 404 for an unknown person or aanvraag; 409 without a termijn, before 6 months before its end, with another
 * aanvraag open, or for an aanvraag already beoordeeld.
 */
@RestController
@RequestMapping("/api/v1/verlengingsaanvragen")
@Toegang(Rol.DUO_BACKOFFICE)
class VerlengingsaanvraagController {

    private final Verlengingsaanvragen aanvragen;
    private final Clock clock;
    private final String duoOin;

    VerlengingsaanvraagController(Verlengingsaanvragen aanvragen, Clock clock, KetenProperties keten) {
        this.aanvragen = aanvragen;
        this.clock = clock;
        this.duoOin = keten.oin();
    }

    /**
     * @param datumAanvraag the day the aanvraag was complete (jjjj-mm-dd), not in the future
     * @param onderbouwing  why the overschrijding would not be his fault (at most 2000 characters)
     */
    record AanvraagVerzoek(String bsn, String datumAanvraag, String onderbouwing) {
    }

    /** @param oordeel TOEKENNING (with verlengingsgrondcode and nieuweEinddatum) or AFWIJZING */
    record BeoordelingVerzoek(String oordeel, String verlengingsgrondcode, String nieuweEinddatum) {
    }

    record Zoekvraag(String bsn) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Aanvraag(UUID id, String bsn, LocalDate datumAanvraag, String onderbouwing, String gemeentecode,
            String status, String oordeel, String verlengingsgrondcode, LocalDate nieuweEinddatum,
            LocalDate datumBeschikking) {

        static Aanvraag van(Verlengingsaanvraag a) {
            return new Aanvraag(a.id(), a.bsn().value(), a.datumAanvraag(), a.onderbouwing(), a.gemeentecode(),
                    a.status(), a.oordeel() == null ? null : a.oordeel().name(), a.verlengingsgrondcode(),
                    a.nieuweEinddatum(), a.datumBeschikking());
        }
    }

    @PostMapping
    ResponseEntity<Aanvraag> indienen(@RequestBody AanvraagVerzoek verzoek) {
        alleenDuo();
        List<InvalidParam> problemen = new ArrayList<>();
        Invoercontrole.bsn(verzoek.bsn(), problemen);
        LocalDate datum = Invoer.datum("datumAanvraag", verzoek.datumAanvraag(), true, problemen);
        if (datum != null && datum.isAfter(LocalDate.now(clock))) {
            problemen.add(new InvalidParam("datumAanvraag", "range", "De datum van de aanvraag ligt in de toekomst."));
        }
        if (verzoek.onderbouwing() == null || verzoek.onderbouwing().isBlank()) {
            problemen.add(new InvalidParam("onderbouwing", "required", "Een aanvraag tot verlenging heeft een"
                    + " onderbouwing."));
        } else if (verzoek.onderbouwing().length() > Invoer.MAX_ONDERBOUWING) {
            problemen.add(new InvalidParam("onderbouwing", "maxLength", "De onderbouwing is hoogstens "
                    + Invoer.MAX_ONDERBOUWING + " tekens."));
        }
        geldig(problemen);
        Aanvraag aanvraag = Aanvraag.van(aanvragen.indienen(Bsn.of(verzoek.bsn()), datum, verzoek.onderbouwing()));
        return ResponseEntity.created(URI.create("/api/v1/verlengingsaanvragen/" + aanvraag.id())).body(aanvraag);
    }

    @PostMapping("/{id}/beoordeling")
    Aanvraag beoordeel(@PathVariable UUID id, @RequestBody BeoordelingVerzoek verzoek) {
        alleenDuo();
        List<InvalidParam> problemen = new ArrayList<>();
        Oordeel oordeel = Arrays.stream(Oordeel.values()).filter(o -> o.name().equals(verzoek.oordeel())).findFirst()
                .orElse(null);
        if (verzoek.oordeel() == null || verzoek.oordeel().isBlank()) {
            problemen.add(new InvalidParam("oordeel", "required", "Het oordeel ontbreekt."));
        } else if (oordeel == null) {
            problemen.add(new InvalidParam("oordeel", "enum", "Het oordeel is een van "
                    + Arrays.toString(Oordeel.values()) + "."));
        }
        boolean toekenning = oordeel == Oordeel.TOEKENNING;
        Invoer.grondcode(verzoek.verlengingsgrondcode(), toekenning, problemen);
        LocalDate einde = Invoer.datum("nieuweEinddatum", verzoek.nieuweEinddatum(), toekenning, problemen);
        if (oordeel == Oordeel.AFWIJZING && (verzoek.verlengingsgrondcode() != null
                || verzoek.nieuweEinddatum() != null)) {
            problemen.add(new InvalidParam(verzoek.verlengingsgrondcode() != null ? "verlengingsgrondcode"
                    : "nieuweEinddatum", "notAllowed", "Een afwijzing heeft geen verlengingsgrond of nieuwe einddatum."));
        }
        geldig(problemen);
        return Aanvraag.van(aanvragen.beoordeel(new Beoordeling(id, oordeel, verzoek.verlengingsgrondcode(), einde)));
    }

    @PostMapping("/_zoek")
    List<Aanvraag> zoek(@RequestBody Zoekvraag vraag) {
        alleenDuo();
        List<InvalidParam> problemen = new ArrayList<>();
        Invoercontrole.bsn(vraag.bsn(), problemen);
        geldig(problemen);
        return aanvragen.zoek(Bsn.of(vraag.bsn())).stream().map(Aanvraag::van).toList();
    }

    private void alleenDuo() {
        if (!duoOin.equals(KetenGebruiker.huidig().organisatieOin())) {
            throw new GeenToegangException("alleen DUO's eigen backoffice beslist over een verlenging");
        }
    }

    static void geldig(List<InvalidParam> problemen) {
        if (!problemen.isEmpty()) {
            throw new OngeldigeInvoerException(problemen);
        }
    }
}
