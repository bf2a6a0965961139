package nl.inburgering.gemeente.asielstatushouder.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.inburgering.gemeente.asielstatushouder.domain.Betrokkenheid;
import nl.inburgering.gemeente.asielstatushouder.domain.BetrokkenheidPolicy;
import nl.inburgering.gemeente.asielstatushouder.domain.Koppelingstatus;
import nl.inburgering.gemeente.asielstatushouder.persistence.KlantprofielEntity;
import nl.inburgering.gemeente.asielstatushouder.persistence.KlantprofielRepository;
import nl.inburgering.gemeente.asielstatushouder.persistence.KoppelingEntity;
import nl.inburgering.gemeente.asielstatushouder.persistence.KoppelingRepository;
import nl.inburgering.gemeente.asielstatushouder.persistence.MaatschappelijkeBegeleidingEntity;
import nl.inburgering.gemeente.asielstatushouder.persistence.MaatschappelijkeBegeleidingRepository;
import nl.inburgering.gemeente.inburgeraar.api.EigenInburgeraar;
import nl.inburgering.gemeente.inburgeraar.api.Inburgeraar;
import nl.inburgering.platform.bsn.Bsn;
import nl.inburgering.platform.verwerking.Persoonsverwerking;
import nl.inburgering.platform.logboek.Verwerkingsactiviteit;
import nl.inburgering.platform.web.NietGevondenException;

/**
 * The caseworker's reads of what §3.3 brings a gemeente about an asielstatushouder: COA's koppeling (#14) and
 * klantprofiel (#15), DUO's recht op maatschappelijke begeleiding (#4), joined on read per person and gemeente
 * (they arrive in any order), with the agreed betrokkenheid. Always within one gemeente; each read in the Logboek.
 */
@Service
@Transactional(readOnly = true)
public class AsielstatushouderRaadplegen {

    static final Verwerkingsactiviteit RAADPLEGEN = new Verwerkingsactiviteit(
            "https://inburgering.nl/verwerkingsactiviteiten/gemeente/asielstatushouder-raadplegen",
            "Koppeling, klantprofiel en maatschappelijke begeleiding van een asielstatushouder raadplegen");
    static final Verwerkingsactiviteit KOPPELINGEN = new Verwerkingsactiviteit(
            "https://inburgering.nl/verwerkingsactiviteiten/gemeente/koppelingen-raadplegen",
            "Gekoppelde asielstatushouders van de gemeente raadplegen");

    /** The same answer for another gemeente's inburgeraar as for one that does not exist. */
    public static final String ONBEKENDE_INBURGERAAR = EigenInburgeraar.ONBEKENDE_INBURGERAAR;
    public static final String GEEN_ASIELSTATUSHOUDER =
            "Van deze inburgeraar zijn in uw gemeente geen gegevens als asielstatushouder bekend.";
    public static final String ONBEKENDE_KOPPELING = "Deze koppeling bestaat niet in uw gemeente.";

    private final EigenInburgeraar inburgeraars;
    private final KoppelingRepository koppelingen;
    private final KlantprofielRepository klantprofielen;
    private final MaatschappelijkeBegeleidingRepository begeleiding;
    private final Persoonsverwerking verwerking;
    private final Clock clock;

    AsielstatushouderRaadplegen(EigenInburgeraar inburgeraars, KoppelingRepository koppelingen,
            KlantprofielRepository klantprofielen, MaatschappelijkeBegeleidingRepository begeleiding,
            Persoonsverwerking verwerking, Clock clock) {
        this.inburgeraars = inburgeraars;
        this.koppelingen = koppelingen;
        this.klantprofielen = klantprofielen;
        this.begeleiding = begeleiding;
        this.verwerking = verwerking;
        this.clock = clock;
    }

    public record Koppeling(UUID id, LocalDate datumKoppeling, String azcLocatie, LocalDate verwachteDatumUitstroom,
            String vorigeGemeentecode, LocalDate gevestigdOp, Instant ontvangenOp) {
    }

    public record Klantprofiel(String moment, LocalDate datumBijgewerkt, String geboorteland, List<String> talen,
            String hoogstGenotenOpleiding, String werkervaring, String alfabetiseringsbehoefte,
            boolean voorinburgeringGevolgd, Integer urenVoorinburgering, String bijzonderheden,
            String afgesprokenVariant, LocalDate datumWarmeOverdracht, Boolean voorinburgeringGeaccepteerd,
            Instant ontvangenOp) {
    }

    public record MaatschappelijkeBegeleiding(LocalDate ingangsdatum, LocalDate datumVaststelling,
            Instant ontvangenOp) {
    }

    /** Everything the gemeente knows of the person as asielstatushouder; parts not (yet) received are empty. */
    public record Asielstatushouder(Bsn bsn, String vNummer, Optional<UUID> inburgeraarId,
            Optional<Koppeling> koppeling, Betrokkenheid betrokkenheid, Optional<LocalDate> datumWarmeOverdracht,
            Optional<Klantprofiel> klantprofiel, List<Klantprofiel> klantprofielHistorie,
            Optional<MaatschappelijkeBegeleiding> rechtOpMaatschappelijkeBegeleiding) {
    }

    /** One line of the list of gekoppelde asielstatushouders. */
    public record Koppelingoverzicht(UUID id, Bsn bsn, String vNummer, Optional<UUID> inburgeraarId,
            LocalDate datumKoppeling, String azcLocatie, LocalDate verwachteDatumUitstroom, LocalDate gevestigdOp,
            Betrokkenheid betrokkenheid, Optional<LocalDate> datumWarmeOverdracht) {
    }

    /**
     * The §3.3 data of an inburgeraar of this gemeente. An inburgeraar of another gemeente is not found, exactly
     * like one that does not exist; one of this gemeente without any of it (a gezinsmigrant) has no such data.
     */
    public Asielstatushouder voorInburgeraar(String gemeentecode, UUID inburgeraarId) {
        Inburgeraar inburgeraar = inburgeraars.vind(gemeentecode, inburgeraarId);
        String bsn = inburgeraar.bsn().value();
        Optional<KoppelingEntity> koppeling = koppelingen.findByBsnAndGemeentecodeAndStatus(bsn, gemeentecode,
                Koppelingstatus.ACTIEF);
        List<KlantprofielEntity> historie = klantprofielen.findByBsnAndGemeentecodeOrderByVolgnummerAsc(bsn,
                gemeentecode);
        Optional<MaatschappelijkeBegeleidingEntity> recht = begeleiding.findByBsnAndGemeentecode(bsn, gemeentecode);
        if (koppeling.isEmpty() && historie.isEmpty() && recht.isEmpty()
                && !inburgeraar.isAsielstatushouder()) {
            throw new NietGevondenException(GEEN_ASIELSTATUSHOUDER);
        }
        verwerking.raadpleegd(RAADPLEGEN, List.of(inburgeraar.bsn()));
        return samen(inburgeraar.bsn(), Optional.of(inburgeraar.id()), koppeling, historie, recht);
    }

    /** A koppeling of this gemeente with all the person's §3.3 data, also before DUO's #3 arrived. */
    public Asielstatushouder koppeling(String gemeentecode, UUID koppelingId) {
        KoppelingEntity koppeling = koppelingen.findByIdAndGemeentecodeAndStatus(koppelingId, gemeentecode,
                Koppelingstatus.ACTIEF).orElseThrow(() -> new NietGevondenException(ONBEKENDE_KOPPELING));
        String bsn = koppeling.getBsn();
        verwerking.raadpleegd(RAADPLEGEN, List.of(Bsn.of(bsn)));
        return samen(Bsn.of(bsn), inburgeraars.inGemeente(Bsn.of(bsn), gemeentecode).map(Inburgeraar::id),
                Optional.of(koppeling), klantprofielen.findByBsnAndGemeentecodeOrderByVolgnummerAsc(bsn, gemeentecode),
                begeleiding.findByBsnAndGemeentecode(bsn, gemeentecode));
    }

    /** The active koppelingen of this gemeente: who is coming, newest koppeling first. */
    public Page<Koppelingoverzicht> koppelingen(String gemeentecode, int pagina, int paginaGrootte) {
        Page<KoppelingEntity> page = koppelingen.findByGemeentecodeAndStatus(gemeentecode, Koppelingstatus.ACTIEF,
                PageRequest.of(pagina - 1, paginaGrootte, Sort.by(Sort.Direction.DESC, "datumKoppeling", "ontvangenOp")));
        List<String> bsns = page.map(KoppelingEntity::getBsn).toList();
        Map<String, KlantprofielEntity> profielen = bsns.isEmpty() ? Map.of()
                : klantprofielen.actueel(gemeentecode, bsns).stream()
                        .collect(Collectors.toMap(KlantprofielEntity::getBsn, Function.identity()));
        Map<Bsn, UUID> ids = inburgeraars.ids(gemeentecode, bsns.stream().map(Bsn::of).toList());
        verwerking.raadpleegd(KOPPELINGEN, bsns.stream().map(Bsn::of).toList());
        LocalDate vandaag = LocalDate.now(clock);
        return page.map(koppeling -> {
            Optional<KlantprofielEntity> profiel = Optional.ofNullable(profielen.get(koppeling.getBsn()));
            return new Koppelingoverzicht(koppeling.getId(), Bsn.of(koppeling.getBsn()), koppeling.getVNummer(),
                    Optional.ofNullable(ids.get(Bsn.of(koppeling.getBsn()))), koppeling.getDatumKoppeling(),
                    koppeling.getAzcLocatie(), koppeling.getVerwachteDatumUitstroom(), koppeling.getGevestigdOp(),
                    betrokkenheid(Optional.of(koppeling), profiel, vandaag),
                    profiel.map(KlantprofielEntity::getDatumWarmeOverdracht));
        });
    }

    private Asielstatushouder samen(Bsn bsn, Optional<UUID> inburgeraarId, Optional<KoppelingEntity> koppeling,
            List<KlantprofielEntity> historie, Optional<MaatschappelijkeBegeleidingEntity> recht) {
        Optional<KlantprofielEntity> actueel = historie.isEmpty() ? Optional.empty()
                : Optional.of(historie.get(historie.size() - 1));
        String vNummer = koppeling.map(KoppelingEntity::getVNummer)
                .orElseGet(() -> actueel.map(KlantprofielEntity::getVNummer).orElse(null));
        return new Asielstatushouder(bsn, vNummer, inburgeraarId,
                koppeling.map(k -> new Koppeling(k.getId(), k.getDatumKoppeling(), k.getAzcLocatie(),
                        k.getVerwachteDatumUitstroom(), k.getVorigeGemeentecode(), k.getGevestigdOp(),
                        k.getOntvangenOp())),
                betrokkenheid(koppeling, actueel, LocalDate.now(clock)),
                actueel.map(KlantprofielEntity::getDatumWarmeOverdracht),
                actueel.map(AsielstatushouderRaadplegen::alsKlantprofiel),
                historie.stream().map(AsielstatushouderRaadplegen::alsKlantprofiel).toList(),
                recht.map(r -> new MaatschappelijkeBegeleiding(r.getIngangsdatum(), r.getDatumVaststelling(),
                        r.getOntvangenOp())));
    }

    private static Betrokkenheid betrokkenheid(Optional<KoppelingEntity> koppeling,
            Optional<KlantprofielEntity> actueel, LocalDate vandaag) {
        return BetrokkenheidPolicy.bepaal(actueel.map(KlantprofielEntity::getAfgesprokenVariant),
                koppeling.map(KoppelingEntity::getDatumKoppeling), vandaag);
    }

    private static Klantprofiel alsKlantprofiel(KlantprofielEntity p) {
        return new Klantprofiel(p.getMoment(), p.getDatumBijgewerkt(), p.getGeboorteland(), p.getTalen(),
                p.getHoogstGenotenOpleiding(), p.getWerkervaring(), p.getAlfabetiseringsbehoefte(),
                p.isVoorinburgeringGevolgd(), p.getUrenVoorinburgering(), p.getBijzonderheden(),
                p.getAfgesprokenVariant() == null ? null : p.getAfgesprokenVariant().name(),
                p.getDatumWarmeOverdracht(), p.getVoorinburgeringGeaccepteerd(), p.getOntvangenOp());
    }
}
