package nl.inburgering.coa.bewoner.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import nl.inburgering.coa.bewoner.application.AfspraakVastleggen;
import nl.inburgering.coa.bewoner.application.AfspraakVastleggenHandler;
import nl.inburgering.coa.bewoner.application.Bewonerdossier.Afspraak;
import nl.inburgering.coa.bewoner.application.Bewonerdossier.WarmeOverdracht;
import nl.inburgering.coa.bewoner.application.KoppelingRaadplegen;
import nl.inburgering.coa.bewoner.application.WarmeOverdrachtPlannen;
import nl.inburgering.coa.bewoner.application.WarmeOverdrachtPlannenHandler;
import nl.inburgering.coa.bewoner.domain.Betrokkenheidsvariant;
import nl.inburgering.coa.bewoner.web.Leesmodellen.KoppelingsdossierResponse;
import nl.inburgering.platform.bsn.Bsn;
import nl.inburgering.platform.security.KetenGebruiker;
import nl.inburgering.platform.security.Rol;
import nl.inburgering.platform.web.Datumbereik;
import nl.inburgering.platform.security.Toegang;
import nl.inburgering.platform.validatie.GeldigBsn;
import nl.inburgering.platform.web.NietGevondenException;

/**
 * The gekoppelde gemeente at COA, the source: its koppelingen with the latest klantprofiel, and what it arranges
 * with COA while the asielstatushouder is in the AZC. The gemeente is always the token's; a koppeling of another
 * gemeente answers 404 like one that does not exist.
 */
@RestController
@Toegang(Rol.GEMEENTE_KLANTMANAGER)
@RequestMapping("/api/v1/koppelingen")
@Tag(name = "Koppelingen (gemeente)")
class KoppelingController {

    private static final String NIET_GEVONDEN = "Deze koppeling bestaat niet in uw gemeente.";

    private final KoppelingRaadplegen raadplegen;
    private final AfspraakVastleggenHandler afspraak;
    private final WarmeOverdrachtPlannenHandler warmeOverdracht;

    KoppelingController(KoppelingRaadplegen raadplegen, AfspraakVastleggenHandler afspraak,
            WarmeOverdrachtPlannenHandler warmeOverdracht) {
        this.raadplegen = raadplegen;
        this.afspraak = afspraak;
        this.warmeOverdracht = warmeOverdracht;
    }

    @PostMapping("/_zoek")
    @Operation(summary = "Zoek de actuele koppeling van een asielstatushouder aan de eigen gemeente, met het "
            + "laatste klantprofiel (het BSN staat in de body, nooit in de URL)",
            description = "Een asielstatushouder die niet (meer) aan de gemeente van het token gekoppeld is, wordt "
                    + "niet gevonden: een lege lijst.")
    Zoekresultaat zoek(@Valid @RequestBody ZoekVraag vraag) {
        return new Zoekresultaat(raadplegen.zoek(KetenGebruiker.huidig().vereisGemeentecode(), Bsn.of(vraag.bsn()))
                .stream().map(KoppelingsdossierResponse::van).toList());
    }

    @GetMapping("/{koppelingId}")
    @Operation(summary = "Een koppeling aan de eigen gemeente, met het laatste klantprofiel",
            description = "Een koppeling van een andere gemeente geeft 404, net als een die niet bestaat.")
    KoppelingsdossierResponse koppeling(@PathVariable UUID koppelingId) {
        return raadplegen.opId(KetenGebruiker.huidig().vereisGemeentecode(), koppelingId)
                .map(KoppelingsdossierResponse::van)
                .orElseThrow(() -> new NietGevondenException(NIET_GEVONDEN));
    }

    @PutMapping("/{koppelingId}/afspraak")
    @Operation(summary = "Leg de afgesproken variant van betrokkenheid vast",
            description = "Binnen 14 dagen na de datum van koppeling (binnen die termijn mag de gemeente de afspraak "
                    + "corrigeren); daarna 409: dan geldt de standaard VANAF_INSCHRIJVING. In variant 1 "
                    + "(BREDE_INTAKE_PIP_EN_AANBOD_IN_AZC) biedt COA geen voorinburgering.")
    Afspraak afspraak(@PathVariable UUID koppelingId, @Valid @RequestBody AfspraakRequest request) {
        return afspraak.handle(new AfspraakVastleggen(KetenGebruiker.huidig().vereisGemeentecode(), koppelingId,
                request.variant()));
    }

    @PutMapping("/{koppelingId}/warme-overdracht")
    @Operation(summary = "Plan de warme overdracht (de gemeente neemt het initiatief)",
            description = "Vandaag of later; opnieuw plannen kan tot COA heeft vastgelegd dat ze plaatsvond.")
    WarmeOverdracht warmeOverdracht(@PathVariable UUID koppelingId,
            @Valid @RequestBody WarmeOverdrachtRequest request) {
        return warmeOverdracht.handle(new WarmeOverdrachtPlannen(KetenGebruiker.huidig().vereisGemeentecode(),
                koppelingId, request.datum()));
    }

    record ZoekVraag(@NotNull @GeldigBsn String bsn) {
    }

    record Zoekresultaat(List<KoppelingsdossierResponse> koppelingen) {
    }

    record AfspraakRequest(@NotNull Betrokkenheidsvariant variant) {
    }

    record WarmeOverdrachtRequest(
            @NotNull @Datumbereik(vanaf = Datumbereik.WI2021, dagenVooruit = 2 * 366) LocalDate datum) {
    }
}
