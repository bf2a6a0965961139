package nl.inburgering.gemeente.handhaving.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.inburgering.gemeente.handhaving.domain.OpgelegdeBoete;
import nl.inburgering.gemeente.handhaving.domain.Signaalbepaling;
import nl.inburgering.gemeente.handhaving.domain.Signalering;
import nl.inburgering.gemeente.handhaving.persistence.BeoordelingVerlengingEntity;
import nl.inburgering.gemeente.handhaving.persistence.BeoordelingVerlengingRepository;
import nl.inburgering.gemeente.handhaving.persistence.OpgelegdeBoeteEntity;
import nl.inburgering.gemeente.handhaving.persistence.OpgelegdeBoeteRepository;
import nl.inburgering.gemeente.handhaving.persistence.SignaleringEntity;
import nl.inburgering.gemeente.handhaving.persistence.SignaleringRepository;
import nl.inburgering.gemeente.inburgeraar.api.EigenInburgeraar;
import nl.inburgering.gemeente.inburgeraar.api.Signaalmoment;
import nl.inburgering.gemeente.inburgeraar.api.Signaalsoort;
import nl.inburgering.gemeente.inburgeraar.api.WerkvoorraadBijdrage;
import nl.inburgering.gemeente.inspanning.api.DoorgegevenInspanning;
import nl.inburgering.gemeente.pip.api.Termijnstanden;
import nl.inburgering.gemeente.resultaten.api.GeleverdeResultaten;
import nl.inburgering.platform.bsn.Bsn;
import nl.inburgering.platform.time.WerkdagenKalender;

/**
 * The handhaving feature's columns and signals on the werkvoorraad (issue 14 item 6): DUO's latest #7
 * ({@code laatsteSignalering}), #8 ({@code boete}) and #9 ({@code beoordelingVerlenging}), and the signals of
 * {@link Signaalbepaling}, computed now against the service's clock. A page costs one query per table of this
 * feature, two for the PIP and termijn, one for the inburgeraars and one each for #17 and #18.
 */
@Component
class HandhavingWerkvoorraadBijdrage implements WerkvoorraadBijdrage {

    static final String LAATSTE_SIGNALERING = "laatsteSignalering";
    static final String BOETE = "boete";
    static final String BEOORDELING_VERLENGING = "beoordelingVerlenging";
    private static final ZoneId NEDERLAND = ZoneId.of("Europe/Amsterdam");

    private final SignaleringRepository signaleringen;
    private final OpgelegdeBoeteRepository boetes;
    private final BeoordelingVerlengingRepository beoordelingen;
    private final EigenInburgeraar inburgeraars;
    private final Termijnstanden termijnstanden;
    private final GeleverdeResultaten resultaten;
    private final DoorgegevenInspanning inspanning;
    private final Signaalbepaling bepaling;
    private final Clock klok;

    HandhavingWerkvoorraadBijdrage(SignaleringRepository signaleringen, OpgelegdeBoeteRepository boetes,
            BeoordelingVerlengingRepository beoordelingen, EigenInburgeraar inburgeraars,
            Termijnstanden termijnstanden, GeleverdeResultaten resultaten, DoorgegevenInspanning inspanning,
            WerkdagenKalender kalender, Clock klok) {
        this.signaleringen = signaleringen;
        this.boetes = boetes;
        this.beoordelingen = beoordelingen;
        this.inburgeraars = inburgeraars;
        this.termijnstanden = termijnstanden;
        this.resultaten = resultaten;
        this.inspanning = inspanning;
        this.bepaling = new Signaalbepaling(kalender);
        this.klok = klok;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Bsn, Map<String, Object>> voor(String gemeentecode, Collection<Bsn> bsns) {
        Map<Bsn, Map<String, Object>> kolommen = new HashMap<>();
        if (bsns.isEmpty()) {
            return kolommen;
        }
        Gelezen gelezen = lees(gemeentecode, bsns);
        LocalDate vandaag = LocalDate.now(klok.withZone(NEDERLAND));
        for (Bsn bsn : bsns) {
            List<Signalering> zijnSignalen = gelezen.signaleringen(bsn);
            List<OpgelegdeBoete> zijnBoetes = gelezen.boetes(bsn);
            Map<String, Object> rij = new HashMap<>();
            rij.put(WerkvoorraadBijdrage.SIGNALEN, bepaling.bepaal(gelezen.feiten(bsn), vandaag));
            zijnSignalen.stream().reduce((eerder, later) -> later)
                    .ifPresent(s -> rij.put(LAATSTE_SIGNALERING, signalering(s)));
            zijnBoetes.stream().max(Comparator.comparing(OpgelegdeBoete::datumBeschikking))
                    .ifPresent(b -> rij.put(BOETE, boete(b)));
            BeoordelingVerlengingEntity beoordeling = gelezen.laatsteBeoordeling().get(bsn.value());
            if (beoordeling != null) {
                rij.put(BEOORDELING_VERLENGING, beoordeling(beoordeling));
            }
            kolommen.put(bsn, rij);
        }
        return kolommen;
    }

    @Override
    public Set<Signaalsoort> soortenNaarDeKlok() {
        return Signaalbepaling.SOORTEN;
    }

    /** The windows of {@link Signaalbepaling#momenten}, read with the same queries as a page (decision 0046). */
    @Override
    @Transactional(readOnly = true)
    public Map<Bsn, List<Signaalmoment>> momenten(String gemeentecode, Collection<Bsn> bsns) {
        Map<Bsn, List<Signaalmoment>> momenten = new HashMap<>();
        if (bsns.isEmpty()) {
            return momenten;
        }
        Gelezen gelezen = lees(gemeentecode, bsns);
        bsns.forEach(bsn -> momenten.put(bsn, bepaling.momenten(gelezen.feiten(bsn))));
        return momenten;
    }

    /** What the signals of a page are computed from: one query per table, whatever the page's length. */
    private Gelezen lees(String gemeentecode, Collection<Bsn> bsns) {
        Map<String, List<Signalering>> signalenPerPersoon = new HashMap<>();
        signaleringen.voorPersonen(gemeentecode, bsns).stream()
                .sorted(Comparator.comparing(SignaleringEntity::getOntvangenOp))
                .forEach(s -> signalenPerPersoon.computeIfAbsent(s.getBsn(), b -> new ArrayList<>())
                        .add(s.signalering()));
        Map<String, List<OpgelegdeBoete>> boetesPerPersoon = new HashMap<>();
        boetes.voorPersonen(gemeentecode, bsns).forEach(b -> boetesPerPersoon
                .computeIfAbsent(b.getBsn(), x -> new ArrayList<>()).add(b.boete()));
        Map<String, BeoordelingVerlengingEntity> laatsteBeoordeling = new HashMap<>();
        beoordelingen.voorPersonen(gemeentecode, bsns).forEach(b -> laatsteBeoordeling.merge(
                b.getBsn(), b, (x, y) -> x.getOntvangenOp().isAfter(y.getOntvangenOp()) ? x : y));
        Map<Bsn, LocalDate> ontvangen = new HashMap<>();
        inburgeraars.inGemeente(gemeentecode, bsns)
                .forEach(i -> ontvangen.put(i.bsn(), dag(i.ontvangenOp())));
        return new Gelezen(signalenPerPersoon, boetesPerPersoon, laatsteBeoordeling, ontvangen,
                termijnstanden.voor(gemeentecode, bsns), resultaten.laatstGeleverd(gemeentecode, bsns),
                inspanning.laatstDoorgegeven(gemeentecode, bsns));
    }

    private record Gelezen(Map<String, List<Signalering>> signalenPerPersoon,
            Map<String, List<OpgelegdeBoete>> boetesPerPersoon,
            Map<String, BeoordelingVerlengingEntity> laatsteBeoordeling, Map<Bsn, LocalDate> ontvangen,
            Map<Bsn, Termijnstanden.Termijnstand> termijnen, Map<Bsn, Instant> geleverdeResultaten,
            Map<Bsn, Instant> doorgegevenInspanning) {

        List<Signalering> signaleringen(Bsn bsn) {
            return signalenPerPersoon.getOrDefault(bsn.value(), List.of());
        }

        List<OpgelegdeBoete> boetes(Bsn bsn) {
            return boetesPerPersoon.getOrDefault(bsn.value(), List.of());
        }

        Signaalbepaling.Feiten feiten(Bsn bsn) {
            Termijnstanden.Termijnstand termijn = termijnen.getOrDefault(bsn, Termijnstanden.Termijnstand.GEEN);
            Instant levering = laatste(geleverdeResultaten.get(bsn), doorgegevenInspanning.get(bsn));
            return new Signaalbepaling.Feiten(ontvangen.get(bsn), termijn.einddatum(), termijn.laatsteWijziging(),
                    termijn.pipVastgesteld(), signaleringen(bsn), boetes(bsn), levering == null ? null : dag(levering));
        }
    }

    private Map<String, Object> signalering(Signalering s) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("reden", s.reden());
        v.put("datumSignalering", s.datumSignalering());
        v.put("einddatumInburgeringstermijn", s.einddatumInburgeringstermijn());
        v.put("uiterlijkeLeverdatum", bepaling.uiterlijkeLeverdatum(s));
        v.put("datumAanvraagVerlenging", s.datumAanvraagVerlenging());
        return v;
    }

    private static Map<String, Object> boete(OpgelegdeBoete b) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("beschikkingskenmerk", b.beschikkingskenmerk());
        v.put("bedrag", b.bedrag());
        v.put("datumBeschikking", b.datumBeschikking());
        v.put("nieuweEinddatumInburgeringstermijn", b.nieuweEinddatumInburgeringstermijn());
        return v;
    }

    private static Map<String, Object> beoordeling(BeoordelingVerlengingEntity b) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("oordeel", b.getOordeel());
        v.put("datumAanvraag", b.getDatumAanvraag());
        v.put("datumBeschikking", b.getDatumBeschikking());
        v.put("verlengingsgrondcode", b.getVerlengingsgrondcode());
        v.put("verlengingsgrondomschrijving", b.getVerlengingsgrondomschrijving());
        v.put("nieuweEinddatumInburgeringstermijn", b.getNieuweEinddatumTermijn());
        return v;
    }

    private static Instant laatste(Instant a, Instant b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isAfter(b) ? a : b;
    }

    private static LocalDate dag(Instant moment) {
        return LocalDate.ofInstant(moment, NEDERLAND);
    }
}
