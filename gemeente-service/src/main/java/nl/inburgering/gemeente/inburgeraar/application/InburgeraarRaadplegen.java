package nl.inburgering.gemeente.inburgeraar.application;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.inburgering.gemeente.inburgeraar.api.Signaal;
import nl.inburgering.gemeente.inburgeraar.api.WerkvoorraadBijdrage;
import nl.inburgering.gemeente.inburgeraar.persistence.InburgeraarEntity;
import nl.inburgering.gemeente.inburgeraar.persistence.InburgeraarRepository;
import nl.inburgering.gemeente.inburgeraar.persistence.WerkvoorraadKandidaten;
import nl.inburgering.platform.bsn.Bsn;
import nl.inburgering.platform.logboek.Verwerkingsactiviteit;
import nl.inburgering.platform.verwerking.Persoonsverwerking;

/**
 * The caseworker's reads of inburgeraars, always within one gemeente, each one recorded in the Logboek
 * dataverwerkingen: one record per person whose data is shown. Each row carries what the chapters contribute
 * ({@link WerkvoorraadBijdrage}), read for the whole list at once: one or two queries per chapter, never per person.
 *
 * <p>Signals are computed when the werkvoorraad is read (decision 0031). A page without a signal filter and in the
 * usual order is paged by the database (decision 0044); a filter on signals or the order on the termijn reads its
 * candidates from the signal index in keyset order and keeps the rows the chapters' signals confirm (decision 0046);
 * the order on the oldest signal walks the index's windows by the sinds they store (its third addendum). No page
 * computes the gemeente's whole selection. Only the rows shown are recorded in the Logboek.
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
    /** The PIP feature's column the order on the termijn uses. */
    static final String EINDDATUM_INBURGERINGSTERMIJN = "einddatumInburgeringstermijn";
    static final int BATCH = 500;

    private final InburgeraarRepository inburgeraars;
    private final WerkvoorraadKandidaten kandidaten;
    private final Werkvoorraadregels werkvoorraadregels;
    private final Persoonsverwerking verwerking;

    InburgeraarRaadplegen(InburgeraarRepository inburgeraars, WerkvoorraadKandidaten kandidaten,
            Werkvoorraadregels werkvoorraadregels, Persoonsverwerking verwerking) {
        this.inburgeraars = inburgeraars;
        this.kandidaten = kandidaten;
        this.werkvoorraadregels = werkvoorraadregels;
        this.verwerking = verwerking;
    }

    public Werkvoorraadpagina werkvoorraad(String gemeentecode, int pagina, int paginaGrootte) {
        return werkvoorraad(gemeentecode, Werkvoorraadvraag.standaard(pagina, paginaGrootte));
    }

    /**
     * A page of the werkvoorraad in a total order (decision 0044): the rows after the cursor, or page {@code pagina}
     * from the start without one; one row more is read to know whether a next page exists, and only the rows shown
     * are recorded in the Logboek (one batch). Without a signal filter and newest first the database pages with an
     * index range scan, however deep. A signal filter or the order on the termijn reads the candidates from the signal
     * index in keyset order (decision 0046) and keeps those the chapters' signals confirm for today, reading further
     * candidates until the page is full. The order on the oldest signal walks the index's windows by their sinds,
     * then the rows without a signal (decision 0046, third addendum).
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
        if (vraag.sortering() != Werkvoorraadvraag.Sortering.OUDSTE_SIGNAAL) {
            return uitDeIndex(gemeentecode, vraag);
        }
        return opOudsteSignaal(gemeentecode, vraag);
    }

    /**
     * The signal filters and the order on the termijn from the signal index (decision 0046): candidates in keyset
     * order, in growing blocks, each block's rows computed as on any page and kept when a signal asked for holds today;
     * so the answer is the in-memory path's for any clock, at the cost of the candidates read, not of the gemeente.
     */
    private Werkvoorraadpagina uitDeIndex(String gemeentecode, Werkvoorraadvraag vraag) {
        int grootte = vraag.paginaGrootte();
        long overslaan = vraag.na() == null ? (long) (vraag.pagina() - 1) * grootte : 0;
        List<Werkvoorraadregel> gevonden = new ArrayList<>();
        List<Werkvoorraadcursor> sleutels = new ArrayList<>();
        Werkvoorraadcursor positie = vraag.na();
        int blok = grootte + 1;
        boolean uitgeput = false;
        while (gevonden.size() <= grootte && !uitgeput) {
            Werkvoorraadcursor vorige = positie;
            List<InburgeraarEntity> gelezen = kandidaten(gemeentecode, vraag, positie, blok);
            uitgeput = gelezen.size() < blok;
            List<Werkvoorraadregel> regels = regels(gemeentecode, gelezen);
            for (int i = 0; i < regels.size() && gevonden.size() <= grootte; i++) {
                // the index's own key, so the next block starts right after this row whatever a chapter says
                positie = indexsleutel(gelezen.get(i), vraag.sortering());
                if (!heeftGevraagdSignaal(regels.get(i), vraag)) {
                    continue;
                }
                if (overslaan > 0) {
                    overslaan--;
                } else {
                    gevonden.add(regels.get(i));
                    sleutels.add(positie);
                }
            }
            if (!uitgeput && gevonden.size() <= grootte && !voorbij(positie, vorige)) {
                // a candidate query that does not read after its cursor would ask the same block for ever
                throw new IllegalStateException("de kandidaten van de werkvoorraad schoven niet op na " + vorige);
            }
            blok = Math.min(blok * 2, BATCH);
        }
        boolean meer = gevonden.size() > grootte;
        List<Werkvoorraadregel> getoond = verwerking.raadpleegLijst(WERKVOORRAAD,
                () -> meer ? gevonden.subList(0, grootte) : gevonden, regel -> regel.inburgeraar().bsn());
        return new Werkvoorraadpagina(getoond, meer ? Optional.of(sleutels.get(grootte - 1)) : Optional.empty(),
                vraag.metTotaal() ? aantalUitDeIndex(gemeentecode, vraag) : null);
    }

    private static boolean voorbij(Werkvoorraadcursor positie, Werkvoorraadcursor vorige) {
        return vorige == null ? positie != null
                : positie != null && Werkvoorraadcursor.volgorde().compare(positie, vorige) > 0;
    }

    /** The exact total of a filtered selection: every candidate, in blocks, confirmed like a page's rows. */
    private long aantalUitDeIndex(String gemeentecode, Werkvoorraadvraag vraag) {
        long aantal = 0;
        Werkvoorraadcursor positie = null;
        boolean uitgeput = false;
        while (!uitgeput) {
            List<InburgeraarEntity> gelezen = kandidaten(gemeentecode, vraag, positie, BATCH);
            uitgeput = gelezen.size() < BATCH;
            if (!gelezen.isEmpty()) {
                positie = indexsleutel(gelezen.get(gelezen.size() - 1), vraag.sortering());
            }
            aantal += regels(gemeentecode, gelezen).stream().filter(regel -> heeftGevraagdSignaal(regel, vraag))
                    .count();
        }
        return aantal;
    }

    private List<InburgeraarEntity> kandidaten(String gemeentecode, Werkvoorraadvraag vraag,
            Werkvoorraadcursor na, int aantal) {
        return kandidaten.lees(gemeentecode, vraag.status().name(),
                vraag.signalen().stream().map(Enum::name).toList(), werkvoorraadregels.vandaag(),
                vraag.sortering() == Werkvoorraadvraag.Sortering.EINDDATUM_TERMIJN,
                na == null ? null : new WerkvoorraadKandidaten.Sleutel(na.waarde(), na.ontvangenOp(), na.id()),
                aantal);
    }

    private static boolean heeftGevraagdSignaal(Werkvoorraadregel regel, Werkvoorraadvraag vraag) {
        return vraag.signalen().isEmpty()
                || regel.signalen().stream().anyMatch(s -> vraag.signalen().contains(s.soort()));
    }

    /**
     * The order on the oldest signal from the signal index (decision 0046, third addendum), exact for any clock and
     * paged by cursor without computing the gemeente. Every window stores the sinds its signal reports on the days it
     * holds, so a row's key (his oldest signal's sinds) is the sinds of one of his windows that cover today. Three
     * streams in the order's sequence:
     * <ol>
     * <li>the windows with a sinds that cover today, in the order (sinds, ontvangen_op desc, id desc) from the cursor on,
     * in growing blocks; each block's rows computed as on any page, and a person kept at the window whose sinds is his
     * computed key (and when the filter holds); at another window he is skipped: he stands at his own, or in the
     * tail;</li>
     * <li>then the tail, the rows without a signal with a sinds, newest first: those without such a window today
     * (with a signal filter there are none: a row with an asked signal has a window of it today);</li>
     * <li>merged into both, the persons whose windows cannot be trusted (marked for the worker, or with a window
     * without a sinds today): computed at once and placed by their computed key.</li>
     * </ol>
     * A cursor is a key: one with a sinds continues the windows, one without continues the tail.
     */
    private Werkvoorraadpagina opOudsteSignaal(String gemeentecode, Werkvoorraadvraag vraag) {
        int grootte = vraag.paginaGrootte();
        Werkvoorraadcursor na = vraag.na();
        LocalDate vandaag = werkvoorraadregels.vandaag();
        String status = vraag.status().name();
        List<String> soorten = vraag.signalen().stream().map(Enum::name).toList();
        Comparator<Werkvoorraadcursor> volgorde = Werkvoorraadcursor.volgorde();
        Opvang opvang = new Opvang(grootte, na == null ? (long) (vraag.pagina() - 1) * grootte : 0);

        // the persons whose windows may be old or wider: computed now and placed by their key
        List<InburgeraarEntity> onzeker = kandidaten.onzeker(gemeentecode, status, vandaag);
        Set<String> onzekerBsns = new HashSet<>();
        onzeker.forEach(i -> onzekerBsns.add(i.getBsn()));
        List<Gesleuteld> apart = new ArrayList<>();
        for (int i = 0; i < onzeker.size(); i += BATCH) {
            regels(gemeentecode, onzeker.subList(i, Math.min(onzeker.size(), i + BATCH))).stream()
                    .filter(regel -> heeftGevraagdSignaal(regel, vraag))
                    .map(regel -> new Gesleuteld(sleutel(regel, vraag.sortering()), regel))
                    .filter(g -> na == null || volgorde.compare(g.sleutel(), na) > 0).forEach(apart::add);
        }
        apart.sort(Comparator.comparing(Gesleuteld::sleutel, volgorde));
        ArrayDeque<Gesleuteld> nogApart = new ArrayDeque<>(apart);

        if (na == null || na.waarde() != null) {
            WerkvoorraadKandidaten.Plek plek = na == null ? null
                    : new WerkvoorraadKandidaten.Plek(na.waarde(), na.ontvangenOp(), na.id());
            Werkvoorraadcursor vorige = null;
            int blok = grootte + 1;
            boolean uitgeput = false;
            while (!opvang.vol() && !uitgeput) {
                List<WerkvoorraadKandidaten.Venster> vensters = kandidaten.vensters(gemeentecode, status, soorten,
                        vandaag, plek, blok);
                uitgeput = vensters.size() < blok;
                Map<String, InburgeraarEntity> personen = new LinkedHashMap<>();
                vensters.stream().map(WerkvoorraadKandidaten.Venster::inburgeraar)
                        .filter(i -> !onzekerBsns.contains(i.getBsn())).forEach(i -> personen.putIfAbsent(i.getBsn(), i));
                Map<String, Werkvoorraadregel> berekend = new HashMap<>();
                regels(gemeentecode, List.copyOf(personen.values()))
                        .forEach(regel -> berekend.put(regel.inburgeraar().bsn().value(), regel));
                for (WerkvoorraadKandidaten.Venster venster : vensters) {
                    InburgeraarEntity persoon = venster.inburgeraar();
                    Werkvoorraadcursor bij = new Werkvoorraadcursor(vraag.sortering(), venster.sinds(),
                            persoon.getOntvangenOp(), persoon.getId());
                    while (!opvang.vol() && !nogApart.isEmpty() && nogApart.peek().sleutel().waarde() != null
                            && volgorde.compare(nogApart.peek().sleutel(), bij) < 0) {
                        opvang.neem(nogApart.poll());
                    }
                    if (opvang.vol()) {
                        break;
                    }
                    plek = new WerkvoorraadKandidaten.Plek(venster.sinds(), persoon.getOntvangenOp(), persoon.getId());
                    if (onzekerBsns.contains(persoon.getBsn()) || bij.equals(vorige)) {
                        continue; // placed apart, or his second window with the same sinds
                    }
                    vorige = bij;
                    Werkvoorraadregel regel = berekend.get(persoon.getBsn());
                    if (venster.sinds().equals(sleutel(regel, vraag.sortering()).waarde())
                            && heeftGevraagdSignaal(regel, vraag)) {
                        opvang.neem(new Gesleuteld(bij, regel));
                    }
                }
                blok = Math.min(blok * 2, BATCH);
            }
            while (uitgeput && !opvang.vol() && !nogApart.isEmpty() && nogApart.peek().sleutel().waarde() != null) {
                opvang.neem(nogApart.poll());
            }
        }
        if (!opvang.vol()) {
            staart(gemeentecode, vraag, vandaag, na != null && na.waarde() == null ? na : null, onzekerBsns, nogApart,
                    opvang);
        }
        List<Werkvoorraadregel> gevonden = opvang.regels();
        boolean meer = gevonden.size() > grootte;
        List<Werkvoorraadregel> getoond = verwerking.raadpleegLijst(WERKVOORRAAD,
                () -> meer ? gevonden.subList(0, grootte) : gevonden, regel -> regel.inburgeraar().bsn());
        Long totaal = !vraag.metTotaal() ? null
                : !vraag.signalen().isEmpty() ? aantalUitDeIndex(gemeentecode, vraag) : switch (vraag.status()) {
                    case ACTIEF -> inburgeraars.aantalActief(gemeentecode);
                    case BEEINDIGD -> inburgeraars.aantalBeeindigd(gemeentecode);
                    case ALLE -> inburgeraars.aantalAlle(gemeentecode);
                };
        return new Werkvoorraadpagina(getoond, meer ? Optional.of(opvang.sleutels().get(grootte - 1)) : Optional.empty(),
                totaal);
    }

    /**
     * The tail of the order on the oldest signal: the rows without a signal with a sinds, newest first after
     * {@code na}, merged with the untrusted persons without one ({@code apart}, in order). Without a signal filter
     * they are the rows without a window with a sinds today (in blocks, by keyset); with one, a row with an asked
     * signal has a window of it today, so only the untrusted persons can be here.
     */
    private void staart(String gemeentecode, Werkvoorraadvraag vraag, LocalDate vandaag, Werkvoorraadcursor na,
            Set<String> onzeker, Deque<Gesleuteld> apart, Opvang opvang) {
        Comparator<Werkvoorraadcursor> volgorde = Werkvoorraadcursor.volgorde();
        while (!apart.isEmpty() && apart.peek().sleutel().waarde() != null) {
            apart.poll(); // placed in the signal part already (or after its cursor: not when we got here)
        }
        WerkvoorraadKandidaten.Sleutel plek = na == null ? null
                : new WerkvoorraadKandidaten.Sleutel(null, na.ontvangenOp(), na.id());
        int blok = vraag.paginaGrootte() + 1;
        boolean uitgeput = !vraag.signalen().isEmpty();
        while (!opvang.vol() && !uitgeput) {
            List<InburgeraarEntity> gelezen = kandidaten.zonderSignaal(gemeentecode, vraag.status().name(), vandaag,
                    plek, blok);
            uitgeput = gelezen.size() < blok;
            List<InburgeraarEntity> vertrouwd = gelezen.stream().filter(i -> !onzeker.contains(i.getBsn())).toList();
            Map<String, Werkvoorraadregel> berekend = new HashMap<>();
            regels(gemeentecode, vertrouwd).forEach(regel -> berekend.put(regel.inburgeraar().bsn().value(), regel));
            for (InburgeraarEntity rij : gelezen) {
                Werkvoorraadcursor bij = new Werkvoorraadcursor(vraag.sortering(), null, rij.getOntvangenOp(),
                        rij.getId());
                while (!opvang.vol() && !apart.isEmpty() && volgorde.compare(apart.peek().sleutel(), bij) < 0) {
                    opvang.neem(apart.poll());
                }
                if (opvang.vol()) {
                    break;
                }
                plek = new WerkvoorraadKandidaten.Sleutel(null, rij.getOntvangenOp(), rij.getId());
                Werkvoorraadregel regel = berekend.get(rij.getBsn());
                // without a window with a sinds today he has no signal with one; the code has the last word
                if (regel != null && sleutel(regel, vraag.sortering()).waarde() == null
                        && heeftGevraagdSignaal(regel, vraag)) {
                    opvang.neem(new Gesleuteld(bij, regel));
                }
            }
            blok = Math.min(blok * 2, BATCH);
        }
        while (!opvang.vol() && !apart.isEmpty()) {
            opvang.neem(apart.poll());
        }
    }

    /** A computed row and its key in the order asked for. */
    private record Gesleuteld(Werkvoorraadcursor sleutel, Werkvoorraadregel regel) {
    }

    /** The rows of a page as they come in order: the first {@code overslaan} passed over, one more than the page. */
    private static final class Opvang {
        private final int grootte;
        private long overslaan;
        private final List<Werkvoorraadregel> regels = new ArrayList<>();
        private final List<Werkvoorraadcursor> sleutels = new ArrayList<>();

        Opvang(int grootte, long overslaan) {
            this.grootte = grootte;
            this.overslaan = overslaan;
        }

        boolean vol() {
            return regels.size() > grootte;
        }

        void neem(Gesleuteld rij) {
            if (overslaan > 0) {
                overslaan--;
                return;
            }
            regels.add(rij.regel());
            sleutels.add(rij.sleutel());
        }

        List<Werkvoorraadregel> regels() {
            return regels;
        }

        List<Werkvoorraadcursor> sleutels() {
            return sleutels;
        }
    }

    /**
     * Decision 0031's path: the selection's rows computed in batches of {@value #BATCH}, filtered, sorted and paged in
     * memory. No request takes it any more (every order reads the indexes); it stays as the reference the tests
     * compare every order of the index with, at many positions of the clock.
     */
    Werkvoorraadpagina inGeheugen(String gemeentecode, Werkvoorraadvraag vraag) {
        int grootte = vraag.paginaGrootte();
        Werkvoorraadcursor na = vraag.na();
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
                .filter(regel -> heeftGevraagdSignaal(regel, vraag))
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

    /** A row's key in the index's order (the termijn's last day as the signal index keeps it). */
    private static Werkvoorraadcursor indexsleutel(InburgeraarEntity rij, Werkvoorraadvraag.Sortering sortering) {
        return new Werkvoorraadcursor(sortering,
                sortering == Werkvoorraadvraag.Sortering.EINDDATUM_TERMIJN ? rij.getEinddatumTermijn() : null,
                rij.getOntvangenOp(), rij.getId());
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
        return werkvoorraadregels.regels(gemeentecode, lijst);
    }
}
