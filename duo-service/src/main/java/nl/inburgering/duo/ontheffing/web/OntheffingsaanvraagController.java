package nl.inburgering.duo.ontheffing.web;

import nl.inburgering.platform.web.Invoercontrole;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.annotation.JsonInclude;

import nl.inburgering.duo.ontheffing.application.Beslissing;
import nl.inburgering.duo.ontheffing.application.Ontheffingsaanvraag;
import nl.inburgering.duo.ontheffing.application.Ontheffingsaanvragen;
import nl.inburgering.duo.ontheffing.domain.Examenonderdeel;
import nl.inburgering.duo.ontheffing.domain.Ontheffingsoort;
import nl.inburgering.duo.ontheffing.domain.Oordeel;
import nl.inburgering.platform.bsn.Bsn;
import nl.inburgering.platform.config.KetenProperties;
import nl.inburgering.platform.security.Rol;
import nl.inburgering.platform.security.Toegang;
import nl.inburgering.platform.web.InvalidParam;

/**
 * Medische ontheffing (seed §11.2) at DUO's backoffice (a token of DUO's own OIN): the aanvraag (201), then each step
 * of the procedure in order (verwijzing, deskundigenverklaring, formele toets, beslissing), each with a toelichting
 * (why) that the audit trail keeps with who and when, and a search by BSN in the body. 400 lists every problem; 404
 * for an unknown person or aanvraag; 409 for a step the procedure does not allow now.
 */
@RestController
@RequestMapping("/api/v1/ontheffingsaanvragen")
@Toegang(Rol.DUO_BACKOFFICE)
class OntheffingsaanvraagController {

    static final int MAX_UREN = 40;

    private final Ontheffingsaanvragen aanvragen;
    private final Clock clock;
    private final String duoOin;

    OntheffingsaanvraagController(Ontheffingsaanvragen aanvragen, Clock clock, KetenProperties keten) {
        this.aanvragen = aanvragen;
        this.clock = clock;
        this.duoOin = keten.oin();
    }

    /**
     * @param gevraagd  GEHEEL, GEDEELTELIJK (with onderdelen) or AANGEPASTE_EXAMENOMSTANDIGHEDEN
     * @param onderdelen KNM, LE, LU, SC, SP; only for GEDEELTELIJK
     */
    record AanvraagVerzoek(String bsn, String gevraagd, List<String> onderdelen, String datumAanvraag,
            String toelichting) {
    }

    record VerwijzingVerzoek(String arts, String toelichting) {
    }

    record VerklaringVerzoek(String datumVerklaring, String toelichting) {
    }

    record ToetsVerzoek(Boolean procedureGevolgd, String toelichting) {
    }

    /** @param oordeel TOEKENNING (with soort; GEDEELTELIJK with onderdelen) or AFWIJZING */
    record BeslissingVerzoek(String oordeel, String soort, List<String> onderdelen,
            Integer urenBelastbaarheidParticipatieactiviteit, String toelichting) {
    }

    record Zoekvraag(String bsn) {
    }

    record Stap(String stap, String door, Instant op, String toelichting) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Aanvraag(UUID id, String bsn, String grond, String gevraagd, List<String> gevraagdeOnderdelen,
            LocalDate datumAanvraag, String status, String arts, BigDecimal eigenBijdrageGeind,
            LocalDate datumDeskundigenverklaring, Boolean procedureGevolgd, String oordeel, String soort,
            List<String> onderdelen, Integer urenBelastbaarheidParticipatieactiviteit, LocalDate datumBeschikking,
            BigDecimal terugbetaald, LocalDate artsBetaaldOp, String adviesGemeente, LocalDate adviesGemeenteDatum,
            Boolean machtigingMedischOnderzoek, String medischAdvies, LocalDate naarSzwOp, List<Stap> stappen) {

        static Aanvraag van(Ontheffingsaanvraag a) {
            return new Aanvraag(a.id(), a.bsn().value(), a.grond().name(), a.gevraagd().name(),
                    namen(a.gevraagdeOnderdelen()), a.datumAanvraag(), a.status().name(), a.arts(),
                    a.eigenBijdrageGeind(), a.datumDeskundigenverklaring(), a.procedureGevolgd(),
                    a.oordeel() == null ? null : a.oordeel().name(), a.soort() == null ? null : a.soort().name(),
                    namen(a.onderdelen()), a.urenBelastbaarheidParticipatieactiviteit(), a.datumBeschikking(),
                    a.terugbetaald(), a.artsBetaaldOp(), a.adviesGemeente(), a.adviesGemeenteDatum(),
                    a.machtigingMedischOnderzoek() ? Boolean.TRUE : null, a.medischAdvies(), a.naarSzwOp(),
                    a.stappen().stream()
                            .map(s -> new Stap(s.stap().name(), s.door(), s.op(), s.toelichting())).toList());
        }

        private static List<String> namen(Set<Examenonderdeel> onderdelen) {
            return onderdelen.stream().sorted().map(Enum::name).toList();
        }
    }

    @PostMapping
    ResponseEntity<Aanvraag> aanvragen(@RequestBody AanvraagVerzoek verzoek) {
        alleenDuo();
        List<InvalidParam> problemen = new ArrayList<>();
        bsn(verzoek.bsn(), problemen);
        Ontheffingsoort gevraagd = keuze("gevraagd", verzoek.gevraagd(), Ontheffingsoort.class, true, problemen);
        Set<Examenonderdeel> onderdelen = onderdelen(verzoek.onderdelen(), problemen);
        onderdelenBijSoort(gevraagd, onderdelen, problemen);
        LocalDate datum = datum("datumAanvraag", verzoek.datumAanvraag(), problemen);
        toelichting(verzoek.toelichting(), problemen);
        geldig(problemen);
        Aanvraag aanvraag = Aanvraag.van(aanvragen.aanvragen(Bsn.of(verzoek.bsn()), gevraagd, onderdelen, datum,
                verzoek.toelichting(), door()));
        return ResponseEntity.created(URI.create("/api/v1/ontheffingsaanvragen/" + aanvraag.id())).body(aanvraag);
    }

    @PostMapping("/{id}/verwijzing")
    Aanvraag verwijs(@PathVariable UUID id, @RequestBody VerwijzingVerzoek verzoek) {
        alleenDuo();
        List<InvalidParam> problemen = new ArrayList<>();
        if (verzoek.arts() == null || verzoek.arts().isBlank()) {
            problemen.add(new InvalidParam("arts", "required", "De aangewezen arts ontbreekt."));
        }
        toelichting(verzoek.toelichting(), problemen);
        geldig(problemen);
        return Aanvraag.van(aanvragen.verwijs(id, verzoek.arts(), verzoek.toelichting(), door()));
    }

    @PostMapping("/{id}/deskundigenverklaring")
    Aanvraag verklaring(@PathVariable UUID id, @RequestBody VerklaringVerzoek verzoek) {
        alleenDuo();
        List<InvalidParam> problemen = new ArrayList<>();
        LocalDate datum = datum("datumVerklaring", verzoek.datumVerklaring(), problemen);
        toelichting(verzoek.toelichting(), problemen);
        geldig(problemen);
        return Aanvraag.van(aanvragen.verklaringRegistreren(id, datum, verzoek.toelichting(), door()));
    }

    @PostMapping("/{id}/formele-toets")
    Aanvraag toets(@PathVariable UUID id, @RequestBody ToetsVerzoek verzoek) {
        alleenDuo();
        List<InvalidParam> problemen = new ArrayList<>();
        if (verzoek.procedureGevolgd() == null) {
            problemen.add(new InvalidParam("procedureGevolgd", "required",
                    "Of de arts de procedure volgde (true of false) ontbreekt."));
        }
        toelichting(verzoek.toelichting(), problemen);
        geldig(problemen);
        return Aanvraag.van(aanvragen.formeelToetsen(id, verzoek.procedureGevolgd(), verzoek.toelichting(), door()));
    }

    @PostMapping("/{id}/beslissing")
    Aanvraag beslis(@PathVariable UUID id, @RequestBody BeslissingVerzoek verzoek) {
        alleenDuo();
        List<InvalidParam> problemen = new ArrayList<>();
        Oordeel oordeel = keuze("oordeel", verzoek.oordeel(), Oordeel.class, true, problemen);
        Ontheffingsoort soort = keuze("soort", verzoek.soort(), Ontheffingsoort.class,
                oordeel == Oordeel.TOEKENNING, problemen);
        Set<Examenonderdeel> onderdelen = onderdelen(verzoek.onderdelen(), problemen);
        Integer uren = verzoek.urenBelastbaarheidParticipatieactiviteit();
        if (oordeel == Oordeel.AFWIJZING && (verzoek.soort() != null || !onderdelen.isEmpty() || uren != null)) {
            problemen.add(new InvalidParam("oordeel", "notAllowed",
                    "Een afwijzing heeft geen soort, onderdelen of uren: het gevraagde is afgewezen."));
        }
        if (oordeel == Oordeel.TOEKENNING) {
            onderdelenBijSoort(soort, onderdelen, problemen);
            if (uren != null && soort != Ontheffingsoort.GEDEELTELIJK) {
                problemen.add(new InvalidParam("urenBelastbaarheidParticipatieactiviteit", "notAllowed",
                        "De uren belastbaarheid horen alleen bij een gedeeltelijke ontheffing."));
            }
        }
        if (uren != null && (uren < 0 || uren > MAX_UREN)) {
            problemen.add(new InvalidParam("urenBelastbaarheidParticipatieactiviteit", "range",
                    "De uren belastbaarheid liggen tussen 0 en " + MAX_UREN + "."));
        }
        toelichting(verzoek.toelichting(), problemen);
        geldig(problemen);
        return Aanvraag.van(aanvragen.beslis(new Beslissing(id, oordeel, soort, onderdelen, uren,
                verzoek.toelichting()), door()));
    }

    @PostMapping("/_zoek")
    List<Aanvraag> zoek(@RequestBody Zoekvraag vraag) {
        alleenDuo();
        List<InvalidParam> problemen = new ArrayList<>();
        bsn(vraag.bsn(), problemen);
        geldig(problemen);
        return aanvragen.zoek(Bsn.of(vraag.bsn())).stream().map(Aanvraag::van).toList();
    }

    private void alleenDuo() {
        Invoer.alleenDuo(duoOin);
    }

    private LocalDate datum(String naam, String waarde, List<InvalidParam> problemen) {
        return Invoer.datum(clock, naam, waarde, problemen);
    }

    private static String door() {
        return Invoer.door();
    }

    private static void bsn(String bsn, List<InvalidParam> problemen) {
        Invoercontrole.bsn(bsn, problemen);
    }

    private static void toelichting(String toelichting, List<InvalidParam> problemen) {
        Invoer.toelichting(toelichting, problemen);
    }

    private static void geldig(List<InvalidParam> problemen) {
        Invoercontrole.geldig(problemen);
    }

    private static <E extends Enum<E>> E keuze(String naam, String waarde, Class<E> soort, boolean verplicht,
            List<InvalidParam> problemen) {
        return Invoercontrole.keuze(naam, waarde, soort, verplicht, problemen);
    }

    private static Set<Examenonderdeel> onderdelen(List<String> namen, List<InvalidParam> problemen) {
        Set<Examenonderdeel> onderdelen = EnumSet.noneOf(Examenonderdeel.class);
        if (namen == null) {
            return onderdelen;
        }
        for (String naam : namen) {
            Examenonderdeel onderdeel = keuze("onderdelen", naam, Examenonderdeel.class, true, problemen);
            if (onderdeel != null) {
                onderdelen.add(onderdeel);
            }
        }
        return onderdelen;
    }

    private static void onderdelenBijSoort(Ontheffingsoort soort, Set<Examenonderdeel> onderdelen,
            List<InvalidParam> problemen) {
        if (soort == Ontheffingsoort.GEDEELTELIJK && onderdelen.isEmpty()) {
            problemen.add(new InvalidParam("onderdelen", "required",
                    "Een gedeeltelijke ontheffing noemt de examenonderdelen."));
        } else if (soort != null && soort != Ontheffingsoort.GEDEELTELIJK && !onderdelen.isEmpty()) {
            problemen.add(new InvalidParam("onderdelen", "notAllowed",
                    "Alleen een gedeeltelijke ontheffing noemt examenonderdelen."));
        }
    }
}
