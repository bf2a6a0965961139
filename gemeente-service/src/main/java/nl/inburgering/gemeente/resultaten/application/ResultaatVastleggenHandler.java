package nl.inburgering.gemeente.resultaten.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.inburgering.gemeente.inburgeraar.api.EigenInburgeraar;
import nl.inburgering.gemeente.inburgeraar.api.Inburgeraar;
import nl.inburgering.gemeente.inburgeraar.api.Signaalmomenten;
import nl.inburgering.gemeente.resultaten.api.ActueleLeerroute;
import nl.inburgering.gemeente.resultaten.application.ResultatenRaadplegen.Resultatenoverzicht;
import nl.inburgering.gemeente.resultaten.domain.MapResultaatVastgesteldDoorGemeente;
import nl.inburgering.gemeente.resultaten.domain.Probleem;
import nl.inburgering.gemeente.resultaten.domain.PvtResultaatVastgesteldDoorGemeente;
import nl.inburgering.gemeente.resultaten.domain.Resultaat;
import nl.inburgering.gemeente.resultaten.domain.ResultaatPolicy;
import nl.inburgering.gemeente.resultaten.domain.ZrouteOnderdeelAfgerondDoorGemeente;
import nl.inburgering.gemeente.resultaten.persistence.ResultaatEntity;
import nl.inburgering.gemeente.resultaten.persistence.ResultaatRepository;
import nl.inburgering.platform.bsn.Bsn;
import nl.inburgering.platform.logboek.Verwerkingsactiviteit;
import nl.inburgering.platform.verwerking.Persoonsverwerking;
import nl.inburgering.platform.verwerking.Verwerking;
import nl.inburgering.platform.web.ConflictException;

/**
 * Seed §5.2, §6.2, §7.2: the caseworker records the PVT (afgerond at the ondertekeningsbijeenkomst), the MAP
 * (afgerond at the eindgesprek), and in the Z-route the participatie and the eindgesprek; each goes to DUO with #17
 * through the outbox at once, its 10-werkdagen leveringsafspraak counted from the date of the result (the day it was
 * afgerond), or from today for an indicatie verwijtbaarheid alone. A refused result records nothing.
 */
@Service
public class ResultaatVastleggenHandler {

    static final Verwerkingsactiviteit VASTLEGGEN = new Verwerkingsactiviteit(
            "https://inburgering.nl/verwerkingsactiviteiten/gemeente/resultaat-pvt-map-zroute-vastleggen",
            "Resultaat PVT, MAP of Z-route vastleggen en aan DUO doorgeven");
    static final String GEEN_PIP = "Deze gemeente heeft geen vastgesteld PIP van deze inburgeraar (of DUO wees elk"
            + " af); resultaten van de leerroute volgen op het PIP.";

    private final EigenInburgeraar inburgeraars;
    private final ObjectProvider<ActueleLeerroute> leerroutes;
    private final ResultaatRepository resultaten;
    private final ResultatenRaadplegen raadplegen;
    private final Persoonsverwerking verwerking;
    private final Clock clock;
    private final Signaalmomenten signaalmomenten;

    ResultaatVastleggenHandler(EigenInburgeraar inburgeraars, ObjectProvider<ActueleLeerroute> leerroutes,
            ResultaatRepository resultaten, ResultatenRaadplegen raadplegen, Persoonsverwerking verwerking,
            Clock clock, Signaalmomenten signaalmomenten) {
        this.signaalmomenten = signaalmomenten;
        this.inburgeraars = inburgeraars;
        this.leerroutes = leerroutes;
        this.resultaten = resultaten;
        this.raadplegen = raadplegen;
        this.verwerking = verwerking;
        this.clock = clock;
    }

    @Transactional
    public Resultatenoverzicht handle(ResultaatVastleggen vastlegging) {
        String gemeentecode = vastlegging.gemeentecode();
        Inburgeraar inburgeraar = inburgeraars.vind(gemeentecode, vastlegging.inburgeraarId());
        Bsn bsn = inburgeraar.bsn();
        signaalmomenten.bijwerken(bsn); // recomputed at commit, so only when the result was stored
        Resultaat resultaat = vastlegging.resultaat();
        // checked under the lock, before the Logboek record: a refused result records nothing
        verwerking.wijzigAlsBekend(VASTLEGGEN, bsn, b -> {
            beoordeel(inburgeraar, vastlegging);
            return true;
        }, v -> {
            ResultaatEntity rij = resultaten.findByBsnAndGemeentecodeAndOnderdeel(bsn.value(), gemeentecode,
                    resultaat.onderdeel()).orElseGet(() -> new ResultaatEntity(bsn.value(), gemeentecode,
                            resultaat.onderdeel()));
            rij.verzonden(resultaat, v.nu());
            resultaten.save(rij);
            publiceer(v, bsn, gemeentecode, resultaat);
        });
        return raadplegen.samenstellen(bsn, gemeentecode);
    }

    private void beoordeel(Inburgeraar inburgeraar, ResultaatVastleggen vastlegging) {
        Optional<ActueleLeerroute.Leerroute> leerroute = Optional.ofNullable(leerroutes.getIfAvailable())
                .flatMap(l -> l.vanActuelePip(inburgeraar.bsn(), vastlegging.gemeentecode()));
        List<Probleem> problemen = ResultaatPolicy.beoordeel(vastlegging.resultaat(), vastlegging.datumveld(),
                new ResultaatPolicy.Persoon(leerroute.map(l -> l == ActueleLeerroute.Leerroute.Z_ROUTE).orElse(false),
                        inburgeraar.isAsielstatushouder()),
                LocalDate.now(clock));
        if (leerroute.isEmpty()) {
            // nothing in the body can mend this; the form problems would only hide it
            List<Probleem> vanHetFormulier = problemen.stream()
                    .filter(p -> !p.code().equals("leerroute") && !p.code().equals("doelgroep")).toList();
            if (!vanHetFormulier.isEmpty()) {
                throw Problemen.ongeldig(vanHetFormulier);
            }
            throw new ConflictException(GEEN_PIP);
        }
        if (!problemen.isEmpty()) {
            throw Problemen.ongeldig(problemen);
        }
    }

    private void publiceer(Verwerking v, Bsn bsn, String gemeentecode, Resultaat resultaat) {
        LocalDate vandaag = v.vandaag();
        // the leveringsafspraak counts from the day it was afgerond, not from the moment it was typed in
        LocalDate signaaldag = resultaat.datum() != null ? resultaat.datum() : vandaag;
        Object event = switch (resultaat.onderdeel()) {
            case PVT -> new PvtResultaatVastgesteldDoorGemeente(bsn, gemeentecode, resultaat, vandaag);
            case MAP -> new MapResultaatVastgesteldDoorGemeente(bsn, gemeentecode, resultaat, vandaag);
            case ZROUTE_PARTICIPATIE, ZROUTE_EINDGESPREK ->
                new ZrouteOnderdeelAfgerondDoorGemeente(bsn, gemeentecode, resultaat);
        };
        v.publiceer(event, signaaldag);
    }
}
