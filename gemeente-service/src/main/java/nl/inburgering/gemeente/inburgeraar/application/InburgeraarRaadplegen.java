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

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
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

    public Werkvoorraadpagina werkvoorraad(String gemeentecode, int pagina, int paginaGrootte) {
        return werkvoorraad(gemeentecode, Werkvoorraadvraag.standaard(pagina, paginaGrootte));
    }

    /**
     * A page of the werkvoorraad in a total order (decision 0044): the rows after the cursor, or page {@code pagina}
     * from the start without one; one row more is read to know whether a next page exists, and only the rows shown
     * are recorded in the Logboek (one batch). Without a signal filter and newest first the database pages with an
     * index range scan, however deep; otherwise the chapters' signals are computed for the gemeente's selection and
     * paged in memory (decision 0031), with the same cursor.
     */
    public Werkvoorraadpagina werkvoorraad(String gemeentecode, Werkvoorraadvraag vraag) {
        int grootte = vraag.paginaGrootte();
        Werkvoorraadcursor na = vraag.na();
        if (vraag.signalen().isEmpty() && vraag.sortering() == Werkvoorraadvraag.Sortering.NIEUWSTE_EERST) {
            Pageable eenMeer = na != null ? PageRequest.of(0, grootte + 1)
                    : new Venster((long) (vraag.pagina() - 1) * grootte, grootte + 1);
            List<InburgeraarEntity> gelezen = switch (vraag.status()) {
                case ACTIEF -> na == null ? inburgeraars.actiefVanafBegin(gemeentecode, eenMeer)
                        : inburgeraars.actiefNa(gemeentecode, na.ontvangenOp(), na.id(), eenMeer);
                case BEEINDIGD -> na == null ? inburgeraars.beeindigdVanafBegin(gemeentecode, eenMeer)
                        : inburgeraars.beeindigdNa(gemeentecode, na.ontvangenOp(), na.id(), eenMeer);
                case ALLE -> na == null ? inburgeraars.alleVanafBegin(gemeentecode, eenMeer)
                        : inburgeraars.alleNa(gemeentecode, na.ontvangenOp(), na.id(), eenMeer);
            };
            boolean meer = gelezen.size() > grootte;
            List<InburgeraarEntity> pagina = verwerking.raadpleegLijst(WERKVOORRAAD,
                    () -> meer ? gelezen.subList(0, grootte) : gelezen, e -> Bsn.of(e.getBsn()));
            Long totaal = !vraag.metTotaal() ? null : switch (vraag.status()) {
                case ACTIEF -> inburgeraars.aantalActief(gemeentecode);
                case BEEINDIGD -> inburgeraars.aantalBeeindigd(gemeentecode);
                case ALLE -> inburgeraars.aantalAlle(gemeentecode);
            };
            List<Werkvoorraadregel> regels = regels(gemeentecode, pagina);
            return new Werkvoorraadpagina(regels,
                    meer ? Optional.of(sleutel(regels.get(regels.size() - 1), vraag.sortering())) : Optional.empty(),
                    totaal);
        }
        Sort nieuwsteEerst = Sort.by(Sort.Order.desc("ontvangenOp"), Sort.Order.desc("id"));
        List<InburgeraarEntity> selectie = switch (vraag.status()) {
            case ACTIEF -> inburgeraars.actief(gemeentecode, nieuwsteEerst);
            case BEEINDIGD -> inburgeraars.findByGemeentecodeAndEinddatumPlichtIsNotNull(gemeentecode, nieuwsteEerst);
            case ALLE -> inburgeraars.findByGemeentecode(gemeentecode, nieuwsteEerst);
        };
        List<Werkvoorraadregel> regels = new ArrayList<>();
        for (int i = 0; i < selectie.size(); i += BATCH) {
            regels.addAll(regels(gemeentecode, selectie.subList(i, Math.min(selectie.size(), i + BATCH))));
        }
        Comparator<Werkvoorraadcursor> volgorde = Werkvoorraadcursor.volgorde();
        List<Werkvoorraadregel> gefilterd = regels.stream()
                .filter(regel -> vraag.signalen().isEmpty()
                        || regel.signalen().stream().anyMatch(s -> vraag.signalen().contains(s.soort())))
                .sorted(Comparator.comparing(regel -> sleutel(regel, vraag.sortering()), volgorde)).toList();
        int van = na == null ? (int) Math.min(gefilterd.size(), (long) (vraag.pagina() - 1) * grootte)
                : eersteNa(gefilterd, na, volgorde);
        int tot = Math.min(gefilterd.size(), van + grootte);
        List<Werkvoorraadregel> getoond = verwerking.raadpleegLijst(WERKVOORRAAD,
                () -> gefilterd.subList(van, tot), regel -> regel.inburgeraar().bsn());
        return new Werkvoorraadpagina(getoond,
                tot < gefilterd.size() && !getoond.isEmpty()
                        ? Optional.of(sleutel(getoond.get(getoond.size() - 1), vraag.sortering()))
                        : Optional.empty(),
                vraag.metTotaal() ? (long) gefilterd.size() : null);
    }

    /** The index of the first row after the cursor in rows sorted by {@code volgorde} (binary search). */
    private static int eersteNa(List<Werkvoorraadregel> gesorteerd, Werkvoorraadcursor na,
            Comparator<Werkvoorraadcursor> volgorde) {
        int laag = 0;
        int hoog = gesorteerd.size();
        while (laag < hoog) {
            int midden = (laag + hoog) >>> 1;
            if (volgorde.compare(sleutel(gesorteerd.get(midden), na.sortering()), na) <= 0) {
                laag = midden + 1;
            } else {
                hoog = midden;
            }
        }
        return laag;
    }

    /** A row's sort key in the order asked for: what the next page's cursor carries. */
    private static Werkvoorraadcursor sleutel(Werkvoorraadregel regel, Werkvoorraadvraag.Sortering sortering) {
        LocalDate waarde = switch (sortering) {
            case NIEUWSTE_EERST -> null;
            case EINDDATUM_TERMIJN -> regel.kolom(EINDDATUM_INBURGERINGSTERMIJN, LocalDate.class);
            case OUDSTE_SIGNAAL -> regel.signalen().stream().map(Signaal::sinds).filter(java.util.Objects::nonNull)
                    .min(Comparator.naturalOrder()).orElse(null);
        };
        return new Werkvoorraadcursor(sortering, waarde, regel.inburgeraar().ontvangenOp(), regel.inburgeraar().id());
    }

    /** Offset and size without a sort: the query orders itself (the legacy {@code pagina}, the first pages). */
    private record Venster(long offset, int grootte) implements Pageable {
        @Override
        public int getPageNumber() {
            return (int) (offset / grootte);
        }

        @Override
        public int getPageSize() {
            return grootte;
        }

        @Override
        public long getOffset() {
            return offset;
        }

        @Override
        public Sort getSort() {
            return Sort.unsorted();
        }

        @Override
        public Pageable next() {
            return new Venster(offset + grootte, grootte);
        }

        @Override
        public Pageable previousOrFirst() {
            return new Venster(Math.max(0, offset - grootte), grootte);
        }

        @Override
        public Pageable first() {
            return new Venster(0, grootte);
        }

        @Override
        public Pageable withPage(int pageNumber) {
            return new Venster((long) pageNumber * grootte, grootte);
        }

        @Override
        public boolean hasPrevious() {
            return offset > 0;
        }
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
