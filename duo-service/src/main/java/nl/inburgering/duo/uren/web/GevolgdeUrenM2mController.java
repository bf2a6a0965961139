package nl.inburgering.duo.uren.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import nl.inburgering.duo.m2m.web.gedeeld.M2mAutorisatie;
import nl.inburgering.duo.m2m.web.gedeeld.ApiVersie;
import nl.inburgering.duo.m2m.web.gedeeld.M2mVerzoekvalidatie;
import nl.inburgering.platform.bsn.Bsn;
import nl.inburgering.duo.uren.application.GevolgdeUrenRaadplegen;
import nl.inburgering.duo.uren.application.GevolgdeUrenVastleggen;
import nl.inburgering.duo.uren.application.GevolgdeUrenVastleggenHandler;
import nl.inburgering.duo.uren.application.Urenregistratie;
import nl.inburgering.duo.uren.domain.UrenPolicy;
import nl.inburgering.duo.uren.domain.UrenPolicy.Overtreding;
import nl.inburgering.duo.uren.domain.Urensoort;
import nl.inburgering.platform.config.KetenProperties;
import nl.inburgering.platform.security.KetenGebruiker;
import nl.inburgering.platform.security.Rol;
import nl.inburgering.platform.security.Toegang;
import nl.inburgering.platform.web.InvalidParam;
import nl.inburgering.platform.web.NietGevondenException;
import nl.inburgering.platform.web.OngeldigeInvoerException;

/**
 * DUO's published M2M "Gevolgde Uren API" ({@code API/GevolgdeUren/openapi.yml}, version {@value #API_VERSIE})
 * under {@code /m2m/v1}. A PUT replaces one soort of the calling gemeente's stand as of today (the same stand
 * #17 writes); the GET shows every gemeente's stand. Request check (400, every problem of headers and body at
 * once), authorisation of the bron (403), then 200 or 404 for a person DUO does not know.
 */
@RestController
@Toegang(Rol.PARTNERSYSTEEM)
@ApiVersie(GevolgdeUrenM2mController.API_VERSIE)
@RequestMapping("/m2m/v1/personen/{bsn}/uren")
class GevolgdeUrenM2mController {

    static final String API_VERSIE = "1.0.0";
    private static final String ONBEKEND = "DUO kent deze persoon niet.";

    private final GevolgdeUrenRaadplegen raadplegen;
    private final GevolgdeUrenVastleggenHandler vastleggen;
    private final M2mAutorisatie autorisatie;
    private final M2mVerzoekvalidatie validatie;
    private final Clock clock;

    GevolgdeUrenM2mController(GevolgdeUrenRaadplegen raadplegen, GevolgdeUrenVastleggenHandler vastleggen,
            M2mAutorisatie autorisatie, KetenProperties keten, Clock clock) {
        this.raadplegen = raadplegen;
        this.vastleggen = vastleggen;
        this.autorisatie = autorisatie;
        this.validatie = new M2mVerzoekvalidatie(keten.oin());
        this.clock = clock;
    }

    /** operationId getGevolgdeUrenByBsn. */
    @GetMapping
    List<Gemeente> uren(@PathVariable String bsn,
            @RequestHeader(name = "bron", required = false) String bron,
            @RequestHeader(name = "doel", required = false) String doel,
            @RequestHeader(name = "berichtId", required = false) String berichtId) {
        validatie.controleer(bsn, bron, doel, berichtId);
        autorisatie.controleer(bron, bsn);
        return raadplegen.perGemeente(Bsn.of(bsn)).map(standen -> standen.stream().map(Gemeente::van).toList())
                .orElseThrow(() -> new NietGevondenException(ONBEKEND));
    }

    /** operationId updateUrenTaallesEnKnmByBSN. */
    @PutMapping("/bredeintake/taallesknm")
    void taallesEnKnmBredeIntake(@PathVariable String bsn,
            @RequestHeader(name = "bron", required = false) String bron,
            @RequestHeader(name = "doel", required = false) String doel,
            @RequestHeader(name = "berichtId", required = false) String berichtId, @RequestBody Uren uren) {
        muteer(bsn, bron, doel, berichtId, Urensoort.TAALLES_EN_KNM_BREDE_INTAKE, uren);
    }

    /** operationId updateUrenParticipatieactiviteiten: only for an asielstatushouder. */
    @PutMapping("/participatieactiviteiten")
    void participatieactiviteiten(@PathVariable String bsn,
            @RequestHeader(name = "bron", required = false) String bron,
            @RequestHeader(name = "doel", required = false) String doel,
            @RequestHeader(name = "berichtId", required = false) String berichtId, @RequestBody Uren uren) {
        muteer(bsn, bron, doel, berichtId, Urensoort.PARTICIPATIEACTIVITEITEN_BREDE_INTAKE, uren);
    }

    /** operationId updateUrenParticipatieAlsTaallesByBsn. */
    @PutMapping("/participatietaalles")
    void participatieAlsTaalles(@PathVariable String bsn,
            @RequestHeader(name = "bron", required = false) String bron,
            @RequestHeader(name = "doel", required = false) String doel,
            @RequestHeader(name = "berichtId", required = false) String berichtId, @RequestBody Uren uren) {
        muteer(bsn, bron, doel, berichtId, Urensoort.PARTICIPATIE_ALS_TAALLES, uren);
    }

    private void muteer(String bsn, String bron, String doel, String berichtId, Urensoort soort, Uren uren) {
        List<InvalidParam> problemen = new ArrayList<>();
        try {
            validatie.controleer(bsn, bron, doel, berichtId);
        } catch (OngeldigeInvoerException e) {
            problemen.addAll(e.problemen());
        }
        // The body's form is checked with the headers; whether the person may have this soort needs him.
        if (uren.uren() == null) {
            problemen.add(new InvalidParam("uren", "required", "Het aantal uren ontbreekt."));
        } else {
            UrenPolicy.beoordeel(Map.of(soort, uren.uren()), true)
                    .forEach(o -> problemen.add(probleem(o)));
        }
        if (!problemen.isEmpty()) {
            throw new OngeldigeInvoerException(problemen);
        }
        autorisatie.controleerWijziging(bron, bsn);
        String gemeentecode = KetenGebruiker.huidig().vereisGemeentecode();
        Urenregistratie registratie = vastleggen.handle(
                new GevolgdeUrenVastleggen(Bsn.of(bsn), gemeentecode, LocalDate.now(clock), Map.of(soort, uren.uren()), null));
        if (registratie instanceof Urenregistratie.OnbekendePersoon) {
            throw new NietGevondenException(ONBEKEND);
        }
        if (registratie instanceof Urenregistratie.Afgewezen afgewezen) {
            throw new OngeldigeInvoerException(afgewezen.overtredingen().stream()
                    .map(GevolgdeUrenM2mController::probleem).toList());
        }
        // Verouderd only when a #17 of this gemeente carries a peildatum after today: that newer stand wins.
    }

    /** An operation mutates one soort, so every problem is about its single body field. */
    private static InvalidParam probleem(Overtreding overtreding) {
        return new InvalidParam("uren", overtreding.code(), overtreding.omschrijving());
    }
}
