package nl.inburgering.gemeente.intake.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;

import io.swagger.v3.oas.annotations.media.Schema;
import org.springframework.transaction.annotation.Transactional;

import nl.inburgering.gemeente.inburgeraar.api.EigenInburgeraar;
import nl.inburgering.gemeente.inburgeraar.api.Inburgeraar;
import nl.inburgering.gemeente.intake.domain.BredeIntakeGrenzen;
import nl.inburgering.gemeente.intake.domain.BredeIntakeHandhavingPolicy;
import nl.inburgering.gemeente.intake.persistence.AfspraakEntity;
import nl.inburgering.gemeente.intake.persistence.AfspraakRepository;
import nl.inburgering.gemeente.intake.persistence.HandhavingEntity;
import nl.inburgering.gemeente.intake.persistence.HandhavingRepository;
import nl.inburgering.gemeente.intake.persistence.KlaargezetteToetsEntity;
import nl.inburgering.gemeente.intake.persistence.KlaargezetteToetsRepository;
import nl.inburgering.gemeente.intake.persistence.OproepEntity;
import nl.inburgering.gemeente.intake.persistence.OproepRepository;
import nl.inburgering.gemeente.intake.persistence.UitkomstEntity;
import nl.inburgering.gemeente.intake.persistence.UitkomstRepository;
import nl.inburgering.platform.bsn.Bsn;
import nl.inburgering.platform.logboek.Verwerkingsactiviteit;
import nl.inburgering.platform.verwerking.Persoonsverwerking;
import nl.inburgering.platform.web.NietGevondenException;

/**
 * The caseworker's view of a person's brede intake: oproepen and opkomst, the leerbaarheidstoets (what DUO set
 * ready, the afspraken with their verloop, DUO's uitkomst), the no-shows and the handhaving op inspanning. DUO's #6
 * is stored by BSN and gemeente and joined here, so it shows also when it arrived before the inburgeringsplicht.
 */
@Service
@Transactional(readOnly = true)
public class BredeIntakeRaadplegen {

    static final Verwerkingsactiviteit RAADPLEGEN = new Verwerkingsactiviteit(
            "https://inburgering.nl/verwerkingsactiviteiten/gemeente/brede-intake-raadplegen",
            "De brede intake van een inburgeraar raadplegen");

    /**
     * The moment of an appointment is called {@code datum} (the field name the chain agreed) but carries a time. The
     * API Design Rules want a "datum" to have a format other than date-time, so the API documents it as a string of
     * its own format: an RFC 3339 date-time with offset.
     */
    public static final String DATUM_TIJD = "datum-tijd";
    public static final String DATUM_TIJD_OMSCHRIJVING = "Datum en tijdstip (RFC 3339 met offset), bijvoorbeeld "
            + "2026-12-01T10:00:00+01:00";

    /** Dates and times of appointments are shown as the caseworker knows them: Dutch time. */
    static final ZoneId NEDERLAND = ZoneId.of("Europe/Amsterdam");

    public record Opkomst(boolean verschenen, String toelichting, Instant vastgelegdOp) {
    }

    public record Oproep(UUID id,
            @Schema(implementation = String.class, format = DATUM_TIJD, description = DATUM_TIJD_OMSCHRIJVING)
            OffsetDateTime datum, String locatie, String onderwerp, Opkomst opkomst) {
    }

    /**
     * @param examennummer null while only DUO's plicht (#3) announced the toets and its #6 did not arrive yet; the
     *                     gemeente may plan it all the same
     */
    public record KlaargezetteToets(String examennummer, LocalDate datumKlaargezet, boolean herkansing) {
    }

    /**
     * @param ordentelijkVerloop null when he did not appear (no toets was taken)
     */
    public record Verloop(boolean verschenen, Boolean ordentelijkVerloop, String toelichting, Instant vastgelegdOp) {
    }

    public record Afspraak(UUID id,
            @Schema(implementation = String.class, format = DATUM_TIJD, description = DATUM_TIJD_OMSCHRIJVING)
            OffsetDateTime datum, String locatie, String toetsbegeleider, String examennummer, Verloop verloop) {
    }

    public record Uitkomst(String resultaat, String behaaldeScore, String benodigdeScore, LocalDate datumAfname) {
    }

    public record Leerbaarheidstoets(KlaargezetteToets klaargezet, List<Afspraak> afspraken, Uitkomst uitkomst) {
    }

    /** @param bedrag only for a boete */
    public record Handhaving(String maatregel, LocalDate datum, BigDecimal bedrag, String reden) {
    }

    /**
     * @param oproepen        the latest {@value BredeIntakeGrenzen#GETOONDE_OPROEPEN} oproepen, oldest first; all of
     *                        them page by page in {@link #oproepen(String, UUID, int, int)}
     * @param aantalOproepen  all oproepen of the brede intake
     * @param boeteToegestaan the gemeente may impose a(nother) boete: from the third no-show, one for each
     */
    public record BredeIntake(List<Oproep> oproepen, long aantalOproepen, Leerbaarheidstoets leerbaarheidstoets,
            int aantalKeerNietVerschenen, List<Handhaving> handhaving, boolean boeteToegestaan,
            boolean pipEenzijdigToegestaan) {
    }

    private final EigenInburgeraar inburgeraar;
    private final OproepRepository oproepen;
    private final KlaargezetteToetsRepository klaargezet;
    private final AfspraakRepository afspraken;
    private final UitkomstRepository uitkomsten;
    private final HandhavingRepository handhaving;
    private final HandhavingOpInspanning inspanning;
    private final Persoonsverwerking verwerking;

    BredeIntakeRaadplegen(EigenInburgeraar inburgeraar, OproepRepository oproepen,
            KlaargezetteToetsRepository klaargezet, AfspraakRepository afspraken, UitkomstRepository uitkomsten,
            HandhavingRepository handhaving, HandhavingOpInspanning inspanning, Persoonsverwerking verwerking) {
        this.inburgeraar = inburgeraar;
        this.oproepen = oproepen;
        this.klaargezet = klaargezet;
        this.afspraken = afspraken;
        this.uitkomsten = uitkomsten;
        this.handhaving = handhaving;
        this.inspanning = inspanning;
        this.verwerking = verwerking;
    }

    /** The brede intake of an inburgeraar of this gemeente; another gemeente's answers 404 like an unknown one. */
    public BredeIntake raadpleeg(String gemeentecode, UUID inburgeraarId) {
        Inburgeraar persoon = inburgeraar.vind(gemeentecode, inburgeraarId);
        verwerking.raadpleegd(RAADPLEGEN, List.of(persoon.bsn()));
        return samenstellen(persoon, gemeentecode);
    }

    /** One page of the oproepen of the brede intake, oldest first. */
    public record Oproepen(List<Oproep> oproepen, int pagina, int paginaGrootte, long totaal) {
    }

    /** All oproepen of an inburgeraar of this gemeente, page by page (the brede intake shows only the latest). */
    public Oproepen oproepen(String gemeentecode, UUID inburgeraarId, int pagina, int paginaGrootte) {
        Bsn persoon = inburgeraar.vind(gemeentecode, inburgeraarId).bsn();
        Page<OproepEntity> page = oproepen.findByBsnAndGemeentecode(persoon.value(), gemeentecode,
                PageRequest.of(pagina - 1, paginaGrootte, Sort.by("datum", "aangemaaktOp", "id")));
        verwerking.raadpleegd(RAADPLEGEN, List.of(persoon));
        return new Oproepen(page.getContent().stream().map(BredeIntakeRaadplegen::alsOproep).toList(), pagina,
                paginaGrootte, page.getTotalElements());
    }

    /** One oproep of an inburgeraar of this gemeente (where the Location of a new oproep leads). */
    public Oproep oproep(String gemeentecode, UUID inburgeraarId, UUID oproepId) {
        Bsn persoon = inburgeraar.vind(gemeentecode, inburgeraarId).bsn();
        String bsn = persoon.value();
        Oproep oproep = oproepen.findByIdAndBsnAndGemeentecode(oproepId, bsn, gemeentecode)
                .map(BredeIntakeRaadplegen::alsOproep)
                .orElseThrow(() -> new NietGevondenException(OpkomstVastleggenHandler.ONBEKENDE_OPROEP));
        verwerking.raadpleegd(RAADPLEGEN, List.of(persoon));
        return oproep;
    }

    /** One afspraak for the leerbaarheidstoets of an inburgeraar of this gemeente. */
    public Afspraak afspraak(String gemeentecode, UUID inburgeraarId, UUID afspraakId) {
        Bsn persoon = inburgeraar.vind(gemeentecode, inburgeraarId).bsn();
        String bsn = persoon.value();
        Afspraak afspraak = afspraken.findByIdAndBsnAndGemeentecode(afspraakId, bsn, gemeentecode)
                .map(BredeIntakeRaadplegen::alsAfspraak)
                .orElseThrow(() -> new NietGevondenException(VerloopVerklarenHandler.ONBEKENDE_AFSPRAAK));
        verwerking.raadpleegd(RAADPLEGEN, List.of(persoon));
        return afspraak;
    }

    /** Also the answer of a change, within its transaction (the change itself is in the Logboek). */
    BredeIntake samenstellen(Inburgeraar persoon, String gemeentecode) {
        String bsn = persoon.bsn().value();
        int nietVerschenen = inspanning.aantalKeerNietVerschenen(persoon.bsn(), gemeentecode);
        List<Oproep> laatste = new ArrayList<>(oproepen
                .findTop10ByBsnAndGemeentecodeOrderByDatumDescAangemaaktOpDesc(bsn, gemeentecode).stream()
                .limit(BredeIntakeGrenzen.GETOONDE_OPROEPEN).map(BredeIntakeRaadplegen::alsOproep).toList());
        Collections.reverse(laatste);
        return new BredeIntake(laatste, oproepen.countByBsnAndGemeentecode(bsn, gemeentecode),
                new Leerbaarheidstoets(
                        klaargezet.findFirstByBsnAndGemeentecodeOrderByVolgnummerDesc(bsn, gemeentecode)
                                .map(BredeIntakeRaadplegen::alsKlaargezet)
                                .orElseGet(() -> persoon.leerbaarheidstoetsKlaargezet()
                                        ? new KlaargezetteToets(null, persoon.datumVaststelling(), false)
                                        : null),
                        afspraken.findByBsnAndGemeentecodeOrderByDatumAscAangemaaktOpAsc(bsn, gemeentecode).stream()
                                .map(BredeIntakeRaadplegen::alsAfspraak).toList(),
                        uitkomsten.findFirstByBsnAndGemeentecodeOrderByDatumAfnameDescVolgnummerDesc(bsn, gemeentecode)
                                .map(BredeIntakeRaadplegen::alsUitkomst).orElse(null)),
                nietVerschenen,
                handhaving.findByBsnAndGemeentecodeOrderByOpgelegdOpAsc(bsn, gemeentecode).stream()
                        .map(BredeIntakeRaadplegen::alsHandhaving).toList(),
                BredeIntakeHandhavingPolicy.boeteToegestaan(nietVerschenen, inspanning.aantalBoetes(persoon.bsn(), gemeentecode)),
                BredeIntakeHandhavingPolicy.pipEenzijdigToegestaan(nietVerschenen));
    }

    static OffsetDateTime tijdstip(Instant instant) {
        return instant.atZone(NEDERLAND).toOffsetDateTime();
    }

    static Oproep alsOproep(OproepEntity o) {
        return new Oproep(o.getId(), tijdstip(o.getDatum()), o.getLocatie(), o.getOnderwerp().name(),
                o.isOpkomstVastgelegd()
                        ? new Opkomst(o.getVerschenen(), o.getToelichtingOpkomst(), o.getOpkomstVastgelegdOp())
                        : null);
    }

    static Afspraak alsAfspraak(AfspraakEntity a) {
        return new Afspraak(a.getId(), tijdstip(a.getDatum()), a.getLocatie(), a.getToetsbegeleider(),
                a.getExamennummer(),
                a.isVerloopVastgelegd() ? new Verloop(a.getVerschenen(), a.getOrdentelijkVerloop(),
                        a.getToelichtingVerloop(), a.getVerloopVastgelegdOp()) : null);
    }

    private static KlaargezetteToets alsKlaargezet(KlaargezetteToetsEntity k) {
        return new KlaargezetteToets(k.getExamennummer(), k.getDatumKlaargezet(), k.isHerkansing());
    }

    private static Uitkomst alsUitkomst(UitkomstEntity u) {
        return new Uitkomst(u.getResultaat(), u.getBehaaldeScore(), u.getBenodigdeScore(), u.getDatumAfname());
    }

    private static Handhaving alsHandhaving(HandhavingEntity h) {
        return new Handhaving(h.getMaatregel().name(), h.getDatum(), h.getBedrag(), h.getReden());
    }
}
