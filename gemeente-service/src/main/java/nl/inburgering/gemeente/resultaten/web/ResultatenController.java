package nl.inburgering.gemeente.resultaten.web;

import java.time.LocalDate;
import java.util.UUID;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.inburgering.gemeente.resultaten.application.ResultaatVastleggen;
import nl.inburgering.gemeente.resultaten.application.ResultaatVastleggenHandler;
import nl.inburgering.gemeente.resultaten.application.ResultatenRaadplegen;
import nl.inburgering.gemeente.resultaten.application.ResultatenRaadplegen.Resultatenoverzicht;
import nl.inburgering.gemeente.resultaten.domain.Onderdeel;
import nl.inburgering.gemeente.resultaten.domain.Resultaat;
import nl.inburgering.platform.security.KetenGebruiker;
import nl.inburgering.platform.security.Rol;
import nl.inburgering.platform.security.Toegang;

/**
 * Seed §5.2, §6.2, §7.2 for the caseworker: the results of the leerroute, each delivered to DUO with #17, and what DUO
 * answered. Own gemeente only; another gemeente's person answers 404 like an unknown one. A PUT replaces what the
 * gemeente delivered for the onderdeel, as DUO replaces its registration.
 */
@RestController
@Toegang(Rol.GEMEENTE_KLANTMANAGER)
@RequestMapping("/api/v1/inburgeraars/{id}/resultaten")
@Tag(name = "Resultaten PVT, MAP en Z-route")
class ResultatenController {

    private static final String BESCHRIJVING = " Gaat met #17 naar DUO, dat met registratie of afwijzing (met elke"
            + " reden) antwoordt (status). 400 met elk probleem tegelijk; 409 zonder vastgesteld PIP van deze gemeente.";

    private final ResultaatVastleggenHandler vastleggen;
    private final ResultatenRaadplegen raadplegen;

    ResultatenController(ResultaatVastleggenHandler vastleggen, ResultatenRaadplegen raadplegen) {
        this.vastleggen = vastleggen;
        this.raadplegen = raadplegen;
    }

    @GetMapping
    @Operation(summary = "Waar PVT, MAP en de onderdelen van de Z-route bij DUO staan",
            description = "Per onderdeel de status (VERZONDEN, GEREGISTREERD, AFGEWEZEN, INGETROKKEN) met de redenen"
                    + " van een afwijzing; ook wat een gemeentesysteem via DUO's M2M API leverde"
                    + " (herkomst RECHTSTREEKS_BIJ_DUO); null voor een onderdeel zonder resultaat.")
    Resultatenoverzicht resultaten(@PathVariable UUID id) {
        return raadplegen.overzicht(gemeentecode(), id);
    }

    @PutMapping("/pvt")
    @Operation(summary = "Het participatieverklaringstraject: afgerond bij de ondertekeningsbijeenkomst",
            description = "datumOndertekening (niet in de toekomst) en/of verwijtbaar (de indicatie verwijtbaarheid"
                    + " waar DUO's regels die vragen, bij overschrijding van de termijn)." + BESCHRIJVING)
    Resultatenoverzicht pvt(@PathVariable UUID id, @RequestBody PvtVerzoek verzoek) {
        return leg(id, new Resultaat(Onderdeel.PVT, verzoek.datumOndertekening(), verzoek.verwijtbaar()),
                "datumOndertekening");
    }

    @PutMapping("/map")
    @Operation(summary = "De module arbeidsmarkt en participatie: afgerond bij het eindgesprek",
            description = "datumEindgesprek (niet in de toekomst) en/of verwijtbaar." + BESCHRIJVING)
    Resultatenoverzicht map(@PathVariable UUID id, @RequestBody MapVerzoek verzoek) {
        return leg(id, new Resultaat(Onderdeel.MAP, verzoek.datumEindgesprek(), verzoek.verwijtbaar()),
                "datumEindgesprek");
    }

    @PutMapping("/zroute/participatie")
    @Operation(summary = "De participatiecomponent van de Z-route afgerond (alleen een asielstatushouder)",
            description = "Alleen als het actuele PIP de Z-route is." + BESCHRIJVING)
    Resultatenoverzicht participatie(@PathVariable UUID id, @RequestBody ZrouteVerzoek verzoek) {
        return leg(id, new Resultaat(Onderdeel.ZROUTE_PARTICIPATIE, verzoek.datumAfronding(), verzoek.verwijtbaar()),
                "datumAfronding");
    }

    @PutMapping("/zroute/eindgesprek")
    @Operation(summary = "Het eindgesprek van de Z-route: de datum afronding Z-route",
            description = "Alleen als het actuele PIP de Z-route is." + BESCHRIJVING)
    Resultatenoverzicht eindgesprek(@PathVariable UUID id, @RequestBody ZrouteVerzoek verzoek) {
        return leg(id, new Resultaat(Onderdeel.ZROUTE_EINDGESPREK, verzoek.datumAfronding(), verzoek.verwijtbaar()),
                "datumAfronding");
    }

    private Resultatenoverzicht leg(UUID id, Resultaat resultaat, String datumveld) {
        return vastleggen.handle(new ResultaatVastleggen(gemeentecode(), id, resultaat, datumveld));
    }

    private static String gemeentecode() {
        return KetenGebruiker.huidig().vereisGemeentecode();
    }

    /** @param verwijtbaar DUO's indicatie verwijtbaarheid (Ja = true); only where DUO's rules ask for it */
    record PvtVerzoek(LocalDate datumOndertekening, Boolean verwijtbaar) {
    }

    record MapVerzoek(LocalDate datumEindgesprek, Boolean verwijtbaar) {
    }

    /** @param verwijtbaar not allowed: the Z-route has no indicatie verwijtbaarheid (a 400 names it) */
    record ZrouteVerzoek(LocalDate datumAfronding, Boolean verwijtbaar) {
    }
}
