package nl.inburgering.gemeente.inburgeraar.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.inburgering.gemeente.inburgeraar.api.Inburgeraar;
import nl.inburgering.gemeente.inburgeraar.api.Signaal;
import nl.inburgering.gemeente.inburgeraar.api.Signaalsoort;
import nl.inburgering.gemeente.inburgeraar.api.WerkvoorraadBijdrage;
import nl.inburgering.gemeente.inburgeraar.domain.Doelgroepkeuzetermijn;
import nl.inburgering.gemeente.inburgeraar.persistence.BeschikkingVoldaanEntity;
import nl.inburgering.gemeente.inburgeraar.persistence.BeschikkingVoldaanRepository;
import nl.inburgering.gemeente.inburgeraar.persistence.InburgeraarEntity;
import nl.inburgering.gemeente.inburgeraar.persistence.InburgeraarRepository;
import nl.inburgering.platform.bsn.Bsn;
import nl.inburgering.platform.logboek.Verwerkingsactiviteit;
import nl.inburgering.platform.verwerking.Persoonsverwerking;

/**
 * The caseworker's reads of inburgeraars, always within one gemeente, each one recorded in the Logboek
 * dataverwerkingen: one record per person whose data is shown. Each row carries what the chapters contribute
 * ({@link WerkvoorraadBijdrage}), read for the whole list at once: one or two queries per chapter, never per person.
 *
 * <p>Signals are computed when the werkvoorraad is read (decision 0031). A page without a signal filter and in the
 * usual order is paged by the database; a filter on signals or an order on the termijn or the oldest signal asks the
 * chapters for the gemeente's whole selection, in batches of {@value #BATCH}, and pages in memory. Only the rows
 * shown are recorded in the Logboek.
 */
@Service
@Transactional(readOnly = true)
public class InburgeraarRaadplegen {

    static final Verwerkingsactiviteit WERKVOORRAAD = new Verwerkingsactiviteit(
            "https://inburgering.nl/verwerkingsactiviteiten/gemeente/werkvoorraad-raadplegen",
            "Werkvoorraad inburgeraars raadplegen");
    static final Verwerkingsactiviteit RAADPLEGEN = new Verwerkingsactiviteit(
            "https://inburgering.nl/verwerkingsactiviteiten/gemeente/inburgeraar-raadplegen",
            "Een inburgeraar raadplegen");

    /** The core's own columns: where his plicht stands, and DUO's beschikking voldaan (#10). */
    public static final String STATUS_PLICHT = "statusPlicht";
    public static final String EINDDATUM_PLICHT = "einddatumPlicht";
    public static final String REDEN_EINDE_PLICHT = "redenEindePlicht";
    public static final String VOLDAAN = "voldaan";
    /** The core's columns of #3 gewijzigd (issue 15): the onderdelen still to pass, the asielrechten, why and when. */
    public static final String OPENSTAANDE_ONDERDELEN = "openstaandeOnderdelen";
    public static final String ASIELRECHTEN = "asielrechtenWijzigingVerblijfsdoel";
    public static final String REDEN_WIJZIGING_PLICHT = "redenWijzigingPlicht";
    public static final String DATUM_WIJZIGING_PLICHT = "datumWijzigingPlicht";
    /** The statusPlicht of a plicht DUO ended for a tijdelijke vrijstelling: it resumes when DUO withdraws it. */
    public static final String TIJDELIJK_VRIJGESTELD = "TIJDELIJK_VRIJGESTELD";
    /**
     * Columns of other chapters that are signals in all but name (the inspanning feature's verzuim): emptied when the
     * plicht ended, like the signals.
     */
    static final List<String> SIGNAALKOLOMMEN = List.of("verzuimSignaal");
    private static final java.time.ZoneId NEDERLAND = java.time.ZoneId.of("Europe/Amsterdam");
    /** The PIP feature's column the order on the termijn uses. */
    static final String EINDDATUM_INBURGERINGSTERMIJN = "einddatumInburgeringstermijn";
    static final int BATCH = 500;

    private final InburgeraarRepository inburgeraars;
    private final BeschikkingVoldaanRepository voldaan;
    private final List<WerkvoorraadBijdrage> bijdragen;
    private final Persoonsverwerking verwerking;
    private final java.time.Clock klok;

    InburgeraarRaadplegen(InburgeraarRepository inburgeraars, BeschikkingVoldaanRepository voldaan,
            List<WerkvoorraadBijdrage> bijdragen, Persoonsverwerking verwerking, java.time.Clock klok) {
        this.klok = klok;
        this.inburgeraars = inburgeraars;
        this.voldaan = voldaan;
        this.bijdragen = bijdragen;
        this.verwerking = verwerking;
    }

    public Page<Werkvoorraadregel> werkvoorraad(String gemeentecode, int pagina, int paginaGrootte) {
        return werkvoorraad(gemeentecode, Werkvoorraadvraag.standaard(pagina, paginaGrootte));
    }

    public Page<Werkvoorraadregel> werkvoorraad(String gemeentecode, Werkvoorraadvraag vraag) {
        Sort nieuwsteEerst = Sort.by(Sort.Direction.DESC, "ontvangenOp");
        PageRequest pageRequest = PageRequest.of(vraag.pagina() - 1, vraag.paginaGrootte(), nieuwsteEerst);
        if (vraag.signalen().isEmpty() && vraag.sortering() == Werkvoorraadvraag.Sortering.NIEUWSTE_EERST) {
            Page<InburgeraarEntity> page = switch (vraag.status()) {
                case ACTIEF -> inburgeraars.actief(gemeentecode, pageRequest);
                case BEEINDIGD -> inburgeraars.findByGemeentecodeAndEinddatumPlichtIsNotNull(gemeentecode, pageRequest);
                case ALLE -> inburgeraars.findByGemeentecode(gemeentecode, pageRequest);
            };
            List<InburgeraarEntity> gelezen = verwerking.raadpleegLijst(WERKVOORRAAD, page::getContent,
                    e -> Bsn.of(e.getBsn()));
            return new PageImpl<>(regels(gemeentecode, gelezen), pageRequest, page.getTotalElements());
        }
        List<InburgeraarEntity> selectie = switch (vraag.status()) {
            case ACTIEF -> inburgeraars.actief(gemeentecode, nieuwsteEerst);
            case BEEINDIGD -> inburgeraars.findByGemeentecodeAndEinddatumPlichtIsNotNull(gemeentecode, nieuwsteEerst);
            case ALLE -> inburgeraars.findByGemeentecode(gemeentecode, nieuwsteEerst);
        };
        List<Werkvoorraadregel> regels = new ArrayList<>();
        for (int i = 0; i < selectie.size(); i += BATCH) {
            regels.addAll(regels(gemeentecode, selectie.subList(i, Math.min(selectie.size(), i + BATCH))));
        }
        List<Werkvoorraadregel> gefilterd = regels.stream()
                .filter(regel -> vraag.signalen().isEmpty()
                        || regel.signalen().stream().anyMatch(s -> vraag.signalen().contains(s.soort())))
                .sorted(volgorde(vraag.sortering())).toList();
        int van = Math.min(gefilterd.size(), (int) pageRequest.getOffset());
        int tot = Math.min(gefilterd.size(), van + vraag.paginaGrootte());
        List<Werkvoorraadregel> getoond = verwerking.raadpleegLijst(WERKVOORRAAD,
                () -> gefilterd.subList(van, tot), regel -> regel.inburgeraar().bsn());
        return new PageImpl<>(getoond, pageRequest, gefilterd.size());
    }

    /** A person of another gemeente is not found, exactly like one that does not exist. */
    public List<Werkvoorraadregel> zoek(String gemeentecode, Bsn bsn) {
        List<InburgeraarEntity> gevonden = inburgeraars.findById(bsn.value())
                .filter(inburgeraar -> inburgeraar.getGemeentecode().equals(gemeentecode)).stream().toList();
        gevonden.forEach(inburgeraar -> verwerking.raadpleegd(RAADPLEGEN, List.of(Bsn.of(inburgeraar.getBsn()))));
        return regels(gemeentecode, gevonden);
    }

    public Optional<Werkvoorraadregel> opId(String gemeentecode, UUID id) {
        Optional<InburgeraarEntity> gevonden = inburgeraars.findByIdAndGemeentecode(id, gemeentecode);
        gevonden.ifPresent(inburgeraar -> verwerking.raadpleegd(RAADPLEGEN, List.of(Bsn.of(inburgeraar.getBsn()))));
        return gevonden.map(inburgeraar -> regels(gemeentecode, List.of(inburgeraar)).get(0));
    }

    private static Comparator<Werkvoorraadregel> volgorde(Werkvoorraadvraag.Sortering sortering) {
        Comparator<Werkvoorraadregel> nieuwsteEerst = Comparator
                .comparing((Werkvoorraadregel r) -> r.inburgeraar().ontvangenOp()).reversed();
        return switch (sortering) {
            case NIEUWSTE_EERST -> nieuwsteEerst;
            case EINDDATUM_TERMIJN -> Comparator.comparing(
                    (Werkvoorraadregel r) -> r.kolom(EINDDATUM_INBURGERINGSTERMIJN, LocalDate.class),
                    Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(nieuwsteEerst);
            case OUDSTE_SIGNAAL -> Comparator.comparing(
                    (Werkvoorraadregel r) -> r.signalen().stream().map(Signaal::sinds).min(Comparator.naturalOrder())
                            .orElse(null),
                    Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(nieuwsteEerst);
        };
    }

    private List<Werkvoorraadregel> regels(String gemeentecode, List<InburgeraarEntity> lijst) {
        List<Bsn> bsns = lijst.stream().map(e -> Bsn.of(e.getBsn())).toList();
        Map<Bsn, Map<String, Object>> kolommen = new HashMap<>();
        Map<Bsn, List<Signaal>> signalen = new HashMap<>();
        if (!bsns.isEmpty()) {
            bijdragen.forEach(bijdrage -> bijdrage.voor(gemeentecode, bsns).forEach((bsn, waarden) -> {
                Map<String, Object> rij = kolommen.computeIfAbsent(bsn, b -> new HashMap<>());
                waarden.forEach((kolom, waarde) -> {
                    if (WerkvoorraadBijdrage.SIGNALEN.equals(kolom)) {
                        if (waarde instanceof java.util.Collection<?> bijgedragen) {
                            bijgedragen.forEach(s -> signalen.computeIfAbsent(bsn, b -> new ArrayList<>())
                                    .add((Signaal) s));
                        }
                    } else {
                        rij.put(kolom, waarde);
                    }
                });
            }));
        }
        Map<String, BeschikkingVoldaanEntity> beschikkingen = bsns.isEmpty() ? Map.of()
                : voldaan.findByGemeentecodeAndBsnIn(gemeentecode, bsns.stream().map(Bsn::value).toList()).stream()
                        .collect(java.util.stream.Collectors.toMap(BeschikkingVoldaanEntity::getBsn,
                                Function.identity()));
        return lijst.stream().map(e -> {
            Inburgeraar inburgeraar = EigenInburgeraarOpzoeken.alsInburgeraar(e);
            Map<String, Object> rij = new HashMap<>(kolommen.getOrDefault(inburgeraar.bsn(), Map.of()));
            List<Signaal> zijne = new ArrayList<>(signalen.getOrDefault(inburgeraar.bsn(), List.of()));
            boolean beeindigd = e.getEinddatumPlicht() != null;
            boolean overleden = beeindigd && "OVERLIJDEN".equals(e.getRedenEindePlicht());
            rij.put(STATUS_PLICHT, !beeindigd ? "ACTIEF"
                    : "TIJDELIJKE_VRIJSTELLING".equals(e.getRedenEindePlicht()) ? TIJDELIJK_VRIJGESTELD : "BEEINDIGD");
            rij.put(OPENSTAANDE_ONDERDELEN, e.getOpenstaandeOnderdelen() == null ? null
                    : e.getOpenstaandeOnderdelen().isEmpty() ? List.of()
                            : List.of(e.getOpenstaandeOnderdelen().split(",")));
            rij.put(ASIELRECHTEN, e.getAsielrechtenWijzigingVerblijfsdoel());
            rij.put(REDEN_WIJZIGING_PLICHT, e.getRedenWijzigingPlicht());
            rij.put(DATUM_WIJZIGING_PLICHT, e.getDatumWijzigingPlicht());
            rij.put(EINDDATUM_PLICHT, e.getEinddatumPlicht());
            rij.put(REDEN_EINDE_PLICHT, e.getRedenEindePlicht());
            BeschikkingVoldaanEntity beschikking = beschikkingen.get(e.getBsn());
            if (beschikking != null) {
                Map<String, Object> v = new LinkedHashMap<>();
                v.put("datumBeschikking", beschikking.getDatumBeschikking());
                v.put("datumVoldaan", beschikking.getDatumVoldaan());
                v.put("leerroute", beschikking.getLeerroute());
                v.put("waardepapier", beschikking.getWaardepapier());
                v.put("certificaatUitgereiktOp", beschikking.getCertificaatUitgereiktOp());
                rij.put(VOLDAAN, v);
            }
            if (beeindigd) {
                zijne.clear(); // his plicht ended: the termijn and DUO's handhaving no longer ask anything
                SIGNAALKOLOMMEN.forEach(kolom -> rij.put(kolom, null));
            } else {
                Doelgroepkeuzetermijn.signaalSinds(e.getDoelgroepGewijzigdOp(), e.getDoelgroepkeuzeBevestigdOp(),
                        LocalDate.now(klok.withZone(NEDERLAND)))
                        .ifPresent(sinds -> zijne.add(new Signaal(Signaalsoort.DOELGROEPKEUZE_DOORGEVEN, sinds)));
            }
            if (!overleden && beschikking != null && beschikking.certificaatTeUitreiken()) {
                zijne.add(new Signaal(Signaalsoort.CERTIFICAAT_UITREIKEN, beschikking.getDatumBeschikking()));
            }
            zijne.sort(Comparator.comparing(Signaal::sinds, Comparator.nullsLast(Comparator.naturalOrder()))
                    .thenComparing(Signaal::soort));
            return new Werkvoorraadregel(inburgeraar, rij, List.copyOf(zijne));
        }).toList();
    }
}
