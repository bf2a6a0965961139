package nl.inburgering.gemeente.pip.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.inburgering.gemeente.pip.application.GevolgdeUrenMeldenHandler;
import nl.inburgering.gemeente.pip.application.GevolgdeUrenMelden;
import nl.inburgering.gemeente.pip.application.GevolgdeUrenMeldenHandler.Stand;
import nl.inburgering.gemeente.pip.application.InburgeringsaanbodVaststellen;
import nl.inburgering.gemeente.pip.application.InburgeringsaanbodVaststellenHandler;
import nl.inburgering.gemeente.pip.application.PipRaadplegen;
import nl.inburgering.gemeente.pip.application.PipRaadplegen.PipOverzicht;
import nl.inburgering.gemeente.pip.application.PipRaadplegen.Termijnoverzicht;
import nl.inburgering.gemeente.pip.application.PipVaststellen;
import nl.inburgering.gemeente.pip.application.PipVaststellenHandler;
import nl.inburgering.gemeente.pip.domain.GevolgdeUrenPolicy.UrenInvoer;
import nl.inburgering.gemeente.pip.domain.InburgeringsaanbodPolicy.AanbodInvoer;
import nl.inburgering.gemeente.pip.domain.PipFormulierPolicy.PipInvoer;
import nl.inburgering.gemeente.pip.domain.PipFormulierPolicy;
import nl.inburgering.platform.security.KetenGebruiker;
import nl.inburgering.platform.security.Rol;
import nl.inburgering.platform.security.Toegang;

/**
 * Seed §4.2 for the caseworker: vaststellen of the PIP and the inburgeringsaanbod (delivered to DUO with #16),
 * the hours of the brede intake (#17), and what DUO answered and the termijn it set (#5). Own gemeente only;
 * another gemeente's person answers 404 like an unknown one.
 */
@RestController
@Toegang(Rol.GEMEENTE_KLANTMANAGER)
@RequestMapping("/api/v1/inburgeraars/{id}")
@Tag(name = "PIP en inburgeringsaanbod")
class PipController {

    private final PipVaststellenHandler pipVaststellen;
    private final InburgeringsaanbodVaststellenHandler aanbodVaststellen;
    private final GevolgdeUrenMeldenHandler urenMelden;
    private final PipRaadplegen raadplegen;

    PipController(PipVaststellenHandler pipVaststellen, InburgeringsaanbodVaststellenHandler aanbodVaststellen,
            GevolgdeUrenMeldenHandler urenMelden, PipRaadplegen raadplegen) {
        this.pipVaststellen = pipVaststellen;
        this.aanbodVaststellen = aanbodVaststellen;
        this.urenMelden = urenMelden;
        this.raadplegen = raadplegen;
    }

    @PostMapping("/pip")
    @Operation(summary = "Het PIP vaststellen (beschikking) en de vastgestelde gegevens aan DUO doorgeven (#16)",
            description = "Het eerste PIP gaat als PipVastgesteld naar DUO, elk later als PipGewijzigd (dan is "
                    + "redenWijziging verplicht). Alleen een vastgesteld PIP, nooit contouren; binnen 10 werkdagen "
                    + "na de dagtekening bij DUO. DUO beoordeelt de inhoud en antwoordt met registratie of afwijzing "
                    + "(status). Een routewijziging (seed §5.3, §6.3, §7.3) moet bij haar reden passen, anders 409 met "
                    + "elke voorwaarde: AFSCHALEN alleen binnen de B1-route van B1 naar A2 en na minstens 600 uur "
                    + "onderwijs bij een instelling met keurmerk (urenOnderwijsKeurmerkinstelling), OPSCHALEN alleen "
                    + "binnen de Z-route naar examens op A2, WISSELING_LEERROUTE naar een andere leerroute. Bij een "
                    + "asielstatushouder in het AZC bepaalt de afgesproken variant (§3.3) of het PIP al beschikt mag "
                    + "worden (anders 409). Eenzijdig vastgesteld mag alleen als de brede intake dat toelaat, anders 409. Hoogstens "
                    + PipFormulierPolicy.MAXIMAAL_PIPS + " PIP's per inburgeraar (anders 409); het overzicht toont "
                    + "de laatste " + PipFormulierPolicy.GETOONDE_PIPS + " en het aantal (aantalPips).")
    ResponseEntity<PipOverzicht> pipVaststellen(@PathVariable UUID id, @RequestBody PipVerzoek verzoek) {
        PipOverzicht overzicht = pipVaststellen.handle(new PipVaststellen(gemeentecode(), id,
                new PipInvoer(verzoek.dagtekening(), verzoek.leerroute(), verzoek.niveau(),
                        verzoek.geschatteIntensiteitB1Route(), verzoek.indicatorMagOpleidingAfmaken(),
                        verzoek.alfabetiseringsonderwijs(), verzoek.eenzijdigVastgesteld(),
                        verzoek.redenWijziging()), verzoek.urenOnderwijsKeurmerkinstelling()));
        return ResponseEntity.created(URI.create("/api/v1/inburgeraars/" + id + "/pip")).body(overzicht);
    }

    @GetMapping("/pip")
    @Operation(summary = "Het actuele PIP met DUO's antwoord, de historie, het inburgeringsaanbod en de termijn")
    PipOverzicht pip(@PathVariable UUID id) {
        return raadplegen.overzicht(gemeentecode(), id);
    }

    @PostMapping("/inburgeringsaanbod")
    @Operation(summary = "Het inburgeringsaanbod aan een asielstatushouder vaststellen en aan DUO doorgeven (#16)",
            description = "Alleen voor een asielstatushouder met een vastgesteld PIP (anders 409). DUO antwoordt "
                    + "met registratie of afwijzing (status).")
    ResponseEntity<PipOverzicht> aanbodVaststellen(@PathVariable UUID id, @RequestBody AanbodVerzoek verzoek) {
        PipOverzicht overzicht = aanbodVaststellen.handle(new InburgeringsaanbodVaststellen(
                gemeentecode(), id, new AanbodInvoer(verzoek.datumInburgeringsaanbod(),
                        verzoek.verwachteStartdatumOpleiding(), verzoek.verwachteEinddatumOpleiding(),
                        verzoek.alfabetiseringsonderwijs(), verzoek.instellingsnummers())));
        return ResponseEntity.created(URI.create("/api/v1/inburgeraars/" + id + "/pip")).body(overzicht);
    }

    @GetMapping("/inburgeringstermijn")
    @Operation(summary = "De inburgeringstermijn die DUO vaststelde (#5), met elke wijziging",
            description = "404 zolang DUO nog geen termijn vaststelde.")
    Termijnoverzicht inburgeringstermijn(@PathVariable UUID id) {
        return raadplegen.termijn(gemeentecode(), id);
    }

    @PutMapping("/uren")
    @Operation(summary = "De gevolgde uren tijdens de brede intake aan DUO doorgeven (#17)",
            description = "Een cumulatieve stand tot en met de peildatum, door te geven zodra het totaal bekend is; "
                    + "een peildatum ouder dan de laatst doorgegeven geeft 409.")
    Stand uren(@PathVariable UUID id, @RequestBody UrenVerzoek verzoek) {
        return urenMelden.handle(new GevolgdeUrenMelden(gemeentecode(), id, new UrenInvoer(verzoek.peildatum(),
                verzoek.urenTaallesEnKnmBredeIntake(), verzoek.urenParticipatieactiviteitenBredeIntake(),
                verzoek.urenParticipatieAlsTaalles(), verzoek.urenParticipatieZroute(),
                verzoek.actualisatiemoment())));
    }

    private static String gemeentecode() {
        return KetenGebruiker.huidig().vereisGemeentecode();
    }

    /**
     * @param leerroute                B1_ROUTE, ONDERWIJSROUTE or Z_ROUTE
     * @param niveau                   A2, B1 or null (DUO then registers B1 on the B1- and onderwijsroute)
     * @param alfabetiseringsonderwijs A, AA or NVT
     * @param redenWijziging           required for every PIP after the first: WISSELING_LEERROUTE, AFSCHALEN,
     *                                 OPSCHALEN, NA_VRIJSTELLING_OF_ONTHEFFING, DOELGROEPWIJZIGING,
     *                                 NA_BEZWAAR_OF_BEROEP, OVERIG
     * @param urenOnderwijsKeurmerkinstelling for AFSCHALEN: the hours of onderwijs followed at an instelling with a
     *                                 keurmerk (at least 600); not sent to DUO
     */
    record PipVerzoek(LocalDate dagtekening, String leerroute, String niveau, Integer geschatteIntensiteitB1Route,
            Boolean indicatorMagOpleidingAfmaken, String alfabetiseringsonderwijs, Boolean eenzijdigVastgesteld,
            String redenWijziging, Integer urenOnderwijsKeurmerkinstelling) {
    }

    record AanbodVerzoek(LocalDate datumInburgeringsaanbod, LocalDate verwachteStartdatumOpleiding,
            LocalDate verwachteEinddatumOpleiding, String alfabetiseringsonderwijs, List<String> instellingsnummers) {
    }

    /** @param actualisatiemoment e.g. TUSSENTIJDS, EINDE_INBURGERINGSTERMIJN, VERHUIZING_BINNENLAND */
    record UrenVerzoek(LocalDate peildatum, Integer urenTaallesEnKnmBredeIntake,
            Integer urenParticipatieactiviteitenBredeIntake, Integer urenParticipatieAlsTaalles,
            Integer urenParticipatieZroute, String actualisatiemoment) {
    }
}
