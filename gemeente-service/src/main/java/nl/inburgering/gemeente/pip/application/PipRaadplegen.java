package nl.inburgering.gemeente.pip.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.inburgering.gemeente.inburgeraar.api.EigenInburgeraar;
import nl.inburgering.gemeente.inburgeraar.api.Inburgeraar;
import nl.inburgering.gemeente.pip.persistence.AfwijzingsredenEmbeddable;
import nl.inburgering.gemeente.pip.persistence.InburgeringsaanbodEntity;
import nl.inburgering.gemeente.pip.persistence.InburgeringsaanbodRepository;
import nl.inburgering.gemeente.pip.persistence.InburgeringstermijnEntity;
import nl.inburgering.gemeente.pip.persistence.InburgeringstermijnRepository;
import nl.inburgering.gemeente.pip.persistence.PipEntity;
import nl.inburgering.gemeente.pip.persistence.PipRepository;
import nl.inburgering.gemeente.pip.domain.PipFormulierPolicy;
import nl.inburgering.platform.bsn.Bsn;
import nl.inburgering.platform.logboek.Verwerkingsactiviteit;
import nl.inburgering.platform.verwerking.Persoonsverwerking;
import nl.inburgering.platform.web.NietGevondenException;

/**
 * The caseworker's view of a person's PIP, inburgeringsaanbod and inburgeringstermijn, with DUO's answers:
 * everything is stored per person and gemeente as it arrived and joined here with the inburgeraar. Always within
 * one gemeente; each read in the Logboek.
 */
@Service
@Transactional(readOnly = true)
public class PipRaadplegen {

    static final Verwerkingsactiviteit RAADPLEGEN = new Verwerkingsactiviteit(
            "https://inburgering.nl/verwerkingsactiviteiten/gemeente/pip-raadplegen",
            "PIP, inburgeringsaanbod en inburgeringstermijn van een inburgeraar raadplegen");
    static final Verwerkingsactiviteit TERMIJN_RAADPLEGEN = new Verwerkingsactiviteit(
            "https://inburgering.nl/verwerkingsactiviteiten/gemeente/inburgeringstermijn-raadplegen",
            "Inburgeringstermijn van een inburgeraar raadplegen");

    /** The same answer for another gemeente's inburgeraar as for one that does not exist. */
    static final String GEEN_TERMIJN = "DUO heeft voor deze inburgeraar nog geen inburgeringstermijn vastgesteld.";

    private final EigenInburgeraar inburgeraars;
    private final PipRepository pips;
    private final InburgeringsaanbodRepository aanbiedingen;
    private final InburgeringstermijnRepository termijnen;
    private final Persoonsverwerking verwerking;

    PipRaadplegen(EigenInburgeraar inburgeraars, PipRepository pips, InburgeringsaanbodRepository aanbiedingen,
            InburgeringstermijnRepository termijnen, Persoonsverwerking verwerking) {
        this.inburgeraars = inburgeraars;
        this.pips = pips;
        this.aanbiedingen = aanbiedingen;
        this.termijnen = termijnen;
        this.verwerking = verwerking;
    }

    public record Reden(String code, String omschrijving) {
    }

    /**
     * @param niveau    as DUO registered it once it did (B1 when the PIP named none), else as vastgesteld
     * @param herkomst  DEZE_DIENST, or RECHTSTREEKS_BIJ_DUO for a PIP only known from DUO's answer
     * @param soort     VASTSTELLING (sent as PipVastgesteld) or WIJZIGING (PipGewijzigd); null when not sent here
     */
    public record PipWeergave(UUID id, LocalDate dagtekening, String leerroute, String niveau,
            Integer geschatteIntensiteitB1Route, Boolean indicatorMagOpleidingAfmaken, String alfabetiseringsonderwijs,
            Boolean eenzijdigVastgesteld, String redenWijziging, String soort, String herkomst, String status,
            List<Reden> afwijzingsredenen, LocalDate datumRegistratie, LocalDate datumAfwijzing, Instant vastgesteldOp) {
    }

    public record AanbodWeergave(UUID id, LocalDate datumInburgeringsaanbod, LocalDate verwachteStartdatumOpleiding,
            LocalDate verwachteEinddatumOpleiding, String alfabetiseringsonderwijs, List<String> instellingsnummers,
            String herkomst, String status, List<Reden> afwijzingsredenen, LocalDate datumRegistratie,
            LocalDate datumAfwijzing, Instant vastgesteldOp) {
    }

    public record TermijnKort(LocalDate startdatum, LocalDate einddatum, LocalDate dagtekeningPip) {
    }

    /**
     * @param actueel            the PIP the gemeente vastgesteld last (or DUO registered last), with DUO's answer
     * @param historie           the latest {@value PipFormulierPolicy#GETOONDE_PIPS} PIPs of the person in this
     *                           gemeente, newest first (the first is the actueel)
     * @param aantalPips         every PIP of the person in this gemeente
     * @param inburgeringsaanbod the last aanbod, with DUO's answer
     */
    public record PipOverzicht(PipWeergave actueel, List<PipWeergave> historie, long aantalPips,
            AanbodWeergave inburgeringsaanbod, TermijnKort inburgeringstermijn) {
    }

    public record TermijnWijziging(String soort, LocalDate startdatum, LocalDate einddatum, LocalDate vorigeEinddatum,
            LocalDate dagtekeningPip, String redenWijziging, String verlengingsgrondcode,
            String verlengingsgrondomschrijving, LocalDate datum, Instant ontvangenOp) {
    }

    /** The current termijn and every #5 DUO delivered, oldest first. */
    public record Termijnoverzicht(LocalDate startdatum, LocalDate einddatum, LocalDate dagtekeningPip,
            LocalDate datumVaststelling, List<TermijnWijziging> historie) {
    }

    public PipOverzicht overzicht(String gemeentecode, UUID inburgeraarId) {
        Inburgeraar inburgeraar = inburgeraars.vind(gemeentecode, inburgeraarId);
        verwerking.raadpleegd(RAADPLEGEN, List.of(inburgeraar.bsn()));
        return samenstellen(inburgeraar.bsn(), gemeentecode);
    }

    public Termijnoverzicht termijn(String gemeentecode, UUID inburgeraarId) {
        Inburgeraar inburgeraar = inburgeraars.vind(gemeentecode, inburgeraarId);
        verwerking.raadpleegd(TERMIJN_RAADPLEGEN, List.of(inburgeraar.bsn()));
        List<InburgeringstermijnEntity> historie = termijnen
                .findByBsnAndGemeentecodeOrderByVolgnummerAsc(inburgeraar.bsn().value(), gemeentecode);
        if (historie.isEmpty()) {
            throw new NietGevondenException(GEEN_TERMIJN);
        }
        InburgeringstermijnEntity actueel = historie.get(historie.size() - 1);
        InburgeringstermijnEntity vaststelling = laatsteVaststelling(historie);
        return new Termijnoverzicht(actueel.getStartdatum(), actueel.getEinddatum(),
                vaststelling == null ? null : vaststelling.getDagtekeningPip(),
                vaststelling == null ? null : vaststelling.getDatum(),
                historie.stream().map(t -> new TermijnWijziging(t.getSoort(), t.getStartdatum(), t.getEinddatum(),
                        t.getVorigeEinddatum(), t.getDagtekeningPip(), t.getRedenWijziging(),
                        t.getVerlengingsgrondcode(), t.getVerlengingsgrondomschrijving(), t.getDatum(),
                        t.getOntvangenOp())).toList());
    }

    /** The view without a Logboek record of its own: for the answer to a change, which recorded its own. */
    public PipOverzicht samenstellen(Bsn bsn, String gemeentecode) {
        List<PipEntity> alle = pips.findByBsnAndGemeentecodeOrderByVolgnummerAsc(bsn.value(), gemeentecode);
        List<PipWeergave> historie = new ArrayList<>(alle
                .subList(Math.max(0, alle.size() - PipFormulierPolicy.GETOONDE_PIPS), alle.size()).stream()
                .map(PipRaadplegen::weergave).toList());
        Collections.reverse(historie);
        List<InburgeringsaanbodEntity> aanbod = aanbiedingen.findByBsnAndGemeentecodeOrderByVolgnummerAsc(bsn.value(),
                gemeentecode);
        List<InburgeringstermijnEntity> termijn = termijnen.findByBsnAndGemeentecodeOrderByVolgnummerAsc(bsn.value(),
                gemeentecode);
        TermijnKort kort = null;
        if (!termijn.isEmpty()) {
            InburgeringstermijnEntity actueel = termijn.get(termijn.size() - 1);
            InburgeringstermijnEntity vaststelling = laatsteVaststelling(termijn);
            kort = new TermijnKort(actueel.getStartdatum(), actueel.getEinddatum(),
                    vaststelling == null ? null : vaststelling.getDagtekeningPip());
        }
        return new PipOverzicht(historie.isEmpty() ? null : historie.get(0), historie, alle.size(),
                aanbod.isEmpty() ? null : weergave(aanbod.get(aanbod.size() - 1)), kort);
    }

    private static InburgeringstermijnEntity laatsteVaststelling(List<InburgeringstermijnEntity> historie) {
        InburgeringstermijnEntity gevonden = null;
        for (InburgeringstermijnEntity t : historie) {
            if (InburgeringstermijnEntity.VASTGESTELD.equals(t.getSoort())) {
                gevonden = t;
            }
        }
        return gevonden;
    }

    private static PipWeergave weergave(PipEntity p) {
        return new PipWeergave(p.getId(), p.getDagtekening(), naam(p.getLeerroute()), naam(p.getNiveau()),
                p.getGeschatteIntensiteitB1Route(), p.getIndicatorMagOpleidingAfmaken(),
                naam(p.getAlfabetiseringsonderwijs()), p.getEenzijdigVastgesteld(), naam(p.getRedenWijziging()),
                naam(p.getSoort()), naam(p.getHerkomst()), naam(p.getStatus()), redenen(p.getAfwijzingsredenen()),
                p.getDatumRegistratie(), p.getDatumAfwijzing(), p.getVastgesteldOp());
    }

    private static AanbodWeergave weergave(InburgeringsaanbodEntity a) {
        return new AanbodWeergave(a.getId(), a.getDatumInburgeringsaanbod(), a.getVerwachteStartdatumOpleiding(),
                a.getVerwachteEinddatumOpleiding(), naam(a.getAlfabetiseringsonderwijs()), a.getInstellingsnummers(),
                naam(a.getHerkomst()), naam(a.getStatus()), redenen(a.getAfwijzingsredenen()), a.getDatumRegistratie(),
                a.getDatumAfwijzing(), a.getVastgesteldOp());
    }

    private static List<Reden> redenen(List<AfwijzingsredenEmbeddable> redenen) {
        return redenen.stream().map(r -> new Reden(r.getCode(), r.getOmschrijving())).toList();
    }

    private static String naam(Enum<?> waarde) {
        return waarde == null ? null : waarde.name();
    }
}
