package nl.inburgering.gemeente.inburgeraar.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import org.springframework.stereotype.Repository;

/**
 * The werkvoorraad's rows in keyset order from the indexes (decisions 0044 and 0046): newest first, or by the last day
 * of the termijn (earliest first, without a termijn last, then newest first), optionally only the CANDIDATES for a
 * set of signals on a day: whose stored window ({@code werkvoorraad_signaalmoment}) of one of them covers the day, and
 * whoever is marked for the index's worker ({@code werkvoorraad_signaalindex_open}: his windows may be old).
 * Whether a candidate carries the signal is decided by the caller from the chapters' facts; this only narrows the
 * rows it has to look at, and never by depth: each part of the order is an index range after the cursor.
 */
@Repository
public class WerkvoorraadKandidaten {

    /** Where the previous page ended: the termijn's last day (only for that order), and the row's key. */
    public record Sleutel(LocalDate einddatumTermijn, Instant ontvangenOp, UUID id) {
    }

    private static final String ACTIEF = " and (i.einddatum_plicht is null or i.reden_einde_plicht <> 'OVERLIJDEN'"
            + " and exists (select 1 from beschikking_voldaan b where b.bsn = i.bsn and b.gemeentecode = i.gemeentecode"
            + " and b.waardepapier = 'INBURGERINGSCERTIFICAAT' and b.certificaat_uitgereikt_op is null))";
    private static final String BEEINDIGD = " and i.einddatum_plicht is not null";
    private static final String SIGNAAL = " and exists (select 1 from werkvoorraad_signaalmoment m where m.bsn = i.bsn"
            + " and m.gemeentecode = i.gemeentecode and m.signaalsoort in (:soorten)"
            + " and (m.vanaf is null or m.vanaf <= :vandaag) and (m.tot is null or m.tot >= :vandaag))";
    /** The marked persons as one array: one SQL text however many (decision 0051). */
    private static final String OPEN = " and i.bsn = any(:open)";
    private static final String OPEN_GEMERKT = " and exists (select 1 from werkvoorraad_signaalindex_open o"
            + " where o.bsn = i.bsn)";
    private static final int OPEN_ALS_LIJST = 1000;
    /** At least so many rows or windows walked by the oldest-signal order before it reads a range whole. */
    private static final int MINSTE_LOOP = 500;
    /** The windows of one signal walked before its candidates' range is asked (see kandidaten). */
    private static final int STUK = 20_000;
    private static final String NA = " and (i.ontvangen_op, i.id) < (:ontvangenOp, :id)";
    private static final String NIEUWSTE_EERST = " order by i.ontvangen_op desc, i.id desc";

    private final EntityManager em;
    private final SignaalmomentRegister register;

    WerkvoorraadKandidaten(EntityManager em, SignaalmomentRegister register) {
        this.em = em;
        this.register = register;
    }

    /**
     * @param status       ACTIEF, BEEINDIGD or ALLE
     * @param soorten      the signals asked for; empty: every row
     * @param opEinddatum  by the termijn's last day; else newest first
     * @param na           the previous page's last row; null from the start
     * @return at most {@code aantal} rows after {@code na} in the order asked for
     */
    public List<InburgeraarEntity> lees(String gemeentecode, String status, Collection<String> soorten,
            LocalDate vandaag, boolean opEinddatum, Sleutel na, int aantal) {
        List<Deel> delen = new ArrayList<>();
        if (!opEinddatum) {
            delen.add(new Deel(na == null ? "" : NA, NIEUWSTE_EERST, na));
        } else if (na == null) {
            delen.add(new Deel(" and i.einddatum_termijn is not null", OP_EINDDATUM, null));
            delen.add(new Deel(" and i.einddatum_termijn is null", NIEUWSTE_EERST, null));
        } else if (na.einddatumTermijn() != null) {
            // the rest of the cursor's day, the later days, then those without a termijn: each an index range
            delen.add(new Deel(" and i.einddatum_termijn = :einddatum" + NA, NIEUWSTE_EERST, na));
            delen.add(new Deel(" and i.einddatum_termijn > :einddatum", OP_EINDDATUM, na));
            delen.add(new Deel(" and i.einddatum_termijn is null", NIEUWSTE_EERST, null));
        } else {
            delen.add(new Deel(" and i.einddatum_termijn is null" + NA, NIEUWSTE_EERST, na));
        }
        String statusvoorwaarde = switch (status) {
            case "ACTIEF" -> ACTIEF;
            case "BEEINDIGD" -> BEEINDIGD;
            default -> "";
        };
        String basis = "select i.* from inburgeraar i where i.gemeentecode = :gemeentecode" + statusvoorwaarde;
        // the persons marked for the index's worker are candidates too, whatever their stored windows say
        List<String> open = soorten.isEmpty() ? List.of() : register.openIn(gemeentecode);
        List<InburgeraarEntity> gelezen = new ArrayList<>();
        for (Deel deel : delen) {
            if (gelezen.size() >= aantal) {
                break;
            }
            int nodig = aantal - gelezen.size();
            List<InburgeraarEntity> rijen = soorten.isEmpty()
                    ? lees(basis, deel, gemeentecode, soorten, vandaag, Map.of(), nodig)
                    : kandidaten(basis, statusvoorwaarde, deel, gemeentecode, soorten, vandaag, nodig);
            if (!open.isEmpty()) {
                // a short list by the primary key; a long one (a backlog) as a semi-join, not as thousands of binds
                rijen = samen(rijen, open.size() <= OPEN_ALS_LIJST
                        ? lees(basis + OPEN, deel, gemeentecode, List.of(), vandaag,
                                Map.of("open", open.toArray(String[]::new)), nodig)
                        : lees(basis + OPEN_GEMERKT, deel, gemeentecode, List.of(), vandaag, Map.of(), nodig),
                        deel.volgorde(), nodig);
            }
            gelezen.addAll(rijen);
        }
        return gelezen;
    }

    /**
     * The first candidates in this part's order. Newest first, each signal's own windows are walked in the
     * werkvoorraad's order: a window keeps its person's {@code ontvangen_op} and id (V202), so a bounded stretch of
     * them after the cursor is one index range, and the windows that cover today are the candidates. A signal most rows
     * carry fills the block within the stretch, however many rows there are (it cost 236 ms as a sorted range at
     * 1,000,000, and the bounded walk over all rows of decision 0046 missed it when the newest rows' windows had not
     * begun). When the stretch does not fill the block, the signal is rare among the newest rows and its candidates'
     * range, sorted, answers. By the termijn (also its part without a termijn), always that range.
     */
    private List<InburgeraarEntity> kandidaten(String basis, String status, Deel deel, String gemeentecode,
            Collection<String> soorten, LocalDate vandaag, int aantal) {
        if (!deel.heelNieuwsteEerst()) {
            return lees(basis + SIGNAAL, deel, gemeentecode, soorten, vandaag, Map.of(), aantal);
        }
        List<InburgeraarEntity> gevonden = List.of();
        for (String soort : soorten) {
            List<InburgeraarEntity> vanDezeSoort = vensterloop(status, deel, gemeentecode, soort, vandaag, aantal);
            if (vanDezeSoort.size() < aantal) {
                vanDezeSoort = lees(basis + SIGNAAL, deel, gemeentecode, List.of(soort), vandaag, Map.of(), aantal);
            }
            gevonden = samen(gevonden, vanDezeSoort, NIEUWSTE_EERST, aantal);
        }
        return gevonden;
    }

    /**
     * The candidates of one signal among the first {@value #STUK} of its windows after the cursor, newest first, each
     * person once. A marked person's windows are stale and left out: {@link #lees} merges him in.
     */
    private List<InburgeraarEntity> vensterloop(String status, Deel deel, String gemeentecode, String soort,
            LocalDate vandaag, int aantal) {
        String sql = "select distinct on (m.ontvangen_op, m.inburgeraar_id) i.* from (select m.bsn, m.inburgeraar_id,"
                + " m.ontvangen_op, m.vanaf, m.tot from werkvoorraad_signaalmoment m"
                + " where m.gemeentecode = :gemeentecode and m.signaalsoort = :soort"
                + (deel.na() == null ? "" : " and (m.ontvangen_op, m.inburgeraar_id) < (:ontvangenOp, :id)")
                + " order by m.ontvangen_op desc, m.inburgeraar_id desc limit " + STUK + ") m"
                + " join inburgeraar i on i.id = m.inburgeraar_id"
                + " where (m.vanaf is null or m.vanaf <= :vandaag) and (m.tot is null or m.tot >= :vandaag)"
                + " and i.gemeentecode = :gemeentecode" + status
                + " and not exists (select 1 from werkvoorraad_signaalindex_open o where o.bsn = m.bsn)"
                + " order by m.ontvangen_op desc, m.inburgeraar_id desc limit :aantal";
        Query query = em.createNativeQuery(sql, InburgeraarEntity.class);
        query.setParameter("gemeentecode", gemeentecode);
        query.setParameter("soort", soort);
        query.setParameter("vandaag", vandaag);
        query.setParameter("aantal", aantal);
        if (deel.na() != null) {
            query.setParameter("ontvangenOp", deel.na().ontvangenOp());
            query.setParameter("id", deel.na().id());
        }
        @SuppressWarnings("unchecked")
        List<InburgeraarEntity> rijen = query.getResultList();
        return rijen;
    }

    private List<InburgeraarEntity> lees(String selectie, Deel deel, String gemeentecode, Collection<String> soorten,
            LocalDate vandaag, Map<String, Object> meer, int aantal) {
        String sql = selectie + deel.voorwaarde() + deel.volgorde() + " limit :aantal";
        Query query = em.createNativeQuery(sql, InburgeraarEntity.class);
        query.setParameter("gemeentecode", gemeentecode);
        query.setParameter("aantal", aantal);
        if (!soorten.isEmpty()) {
            query.setParameter("soorten", soorten);
            query.setParameter("vandaag", vandaag);
        }
        meer.forEach(query::setParameter);
        if (deel.na() != null) {
            if (sql.contains(":ontvangenOp")) {
                query.setParameter("ontvangenOp", deel.na().ontvangenOp());
                query.setParameter("id", deel.na().id());
            }
            if (sql.contains(":einddatum")) {
                query.setParameter("einddatum", deel.na().einddatumTermijn());
            }
        }
        @SuppressWarnings("unchecked")
        List<InburgeraarEntity> rijen = query.getResultList();
        return rijen;
    }

    // ---- the order on the oldest signal (decision 0046, third addendum)

    /** A window of the walk: the signal's sinds and the person, in the order (sinds, ontvangen_op desc, id desc). */
    public record Venster(LocalDate sinds, InburgeraarEntity inburgeraar) {
    }

    /** Where the walk of the windows stands: a window's sinds and the row's key. */
    public record Plek(LocalDate sinds, Instant ontvangenOp, UUID id) {
    }

    private static final String ACTIEF_VENSTER = " and (%1$s.vanaf is null or %1$s.vanaf <= :vandaag)"
            + " and (%1$s.tot is null or %1$s.tot >= :vandaag)";

    private static String status(String status) {
        return switch (status) {
            case "ACTIEF" -> ACTIEF;
            case "BEEINDIGD" -> BEEINDIGD;
            default -> "";
        };
    }

    /**
     * The windows with a sinds that cover {@code vandaag}, of the gemeente's rows in this status, in the order
     * (sinds, ontvangen_op desc, id desc) after {@code na}: a range of {@code werkvoorraad_signaalmoment_oudste}, so it
     * does not slow with depth. A person has a window here for every signal of his that holds today (and may have
     * more: a window may cover a day on which its signal does not hold); the caller decides with the code at which
     * window he stands. With {@code soorten}, only persons with a window of one of them today (the filter's candidates).
     */
    public List<Venster> vensters(String gemeentecode, String status, Collection<String> soorten, LocalDate vandaag,
            Plek na, int aantal) {
        String cursor = " and (m.sinds > :sinds or (i.ontvangen_op, i.id) < (:ontvangenOp, :id))";
        List<Object[]> rijen;
        if (soorten.isEmpty()) {
            rijen = vensterrijen("select m.sinds, m.bsn from werkvoorraad_signaalmoment m"
                    + " join inburgeraar i on i.bsn = m.bsn and i.gemeentecode = m.gemeentecode"
                    + " where m.gemeentecode = :gemeentecode and m.sinds is not null" + ACTIEF_VENSTER.formatted("m")
                    + status(status) + (na == null ? "" : " and m.sinds >= :sinds" + cursor) + OP_SINDS
                    + " limit " + aantal, gemeentecode, soorten, vandaag, na);
        } else {
            rijen = gefilterdeVensters(gemeentecode, status, soorten, vandaag, na, aantal, cursor);
        }
        if (rijen.isEmpty()) {
            return List.of();
        }
        Map<String, InburgeraarEntity> personen = new java.util.HashMap<>();
        inDezeVolgorde(rijen.stream().map(r -> (String) r[1]).distinct().toList())
                .forEach(i -> personen.put(i.getBsn(), i));
        return rijen.stream().map(r -> new Venster(alsDatum(r[0]), personen.get((String) r[1])))
                .filter(v -> v.inburgeraar() != null).toList();
    }

    private static final String OP_SINDS = " order by m.sinds, i.ontvangen_op desc, i.id desc";
    private static final String GEVRAAGD = " exists (select 1 from werkvoorraad_signaalmoment f where f.bsn = i.bsn"
            + " and f.gemeentecode = i.gemeentecode and f.signaalsoort in (:soorten)" + ACTIEF_VENSTER.formatted("f")
            + ")";

    /**
     * The walk of a filtered page. When the asked signals are common, the windows in sinds order with a probe per
     * window find their persons soon; when they are rare, or begin late, that probe would run through most of the
     * gemeente's windows. So first a bounded stretch of the walk (at least {@value #MINSTE_LOOP} windows): all its
     * windows before its last sinds are complete, and when they fill the request that is the answer; only otherwise
     * are the candidates' own windows read (the asked windows by {@code werkvoorraad_signaalmoment_kandidaat}, each
     * candidate's windows by his BSN) and sorted, a cost of the candidates, not of the gemeente.
     */
    private List<Object[]> gefilterdeVensters(String gemeentecode, String status, Collection<String> soorten,
            LocalDate vandaag, Plek na, int aantal, String cursor) {
        int stuk = Math.max(MINSTE_LOOP, 4 * aantal);
        String loop = "select m.sinds, m.bsn, (i.bsn is not null" + status(status) + " and" + GEVRAAGD
                + (na == null ? "" : cursor) + ") from (select m.sinds, m.bsn, m.gemeentecode"
                + " from werkvoorraad_signaalmoment m where m.gemeentecode = :gemeentecode and m.sinds is not null"
                + ACTIEF_VENSTER.formatted("m") + (na == null ? "" : " and m.sinds >= :sinds")
                + " order by m.sinds limit " + stuk + ") m"
                + " left join inburgeraar i on i.bsn = m.bsn and i.gemeentecode = m.gemeentecode" + OP_SINDS;
        List<Object[]> gelopen = vensterrijen(loop, gemeentecode, soorten, vandaag, na);
        LocalDate laatste = gelopen.isEmpty() ? null : alsDatum(gelopen.get(gelopen.size() - 1)[0]);
        boolean alles = gelopen.size() < stuk;
        List<Object[]> gehouden = new ArrayList<>();
        for (Object[] rij : gelopen) {
            // the windows of the stretch's last sinds may go on after it: only those before are complete
            if (Boolean.TRUE.equals(rij[2]) && (alles || alsDatum(rij[0]).isBefore(laatste))
                    && gehouden.size() < aantal) {
                gehouden.add(rij);
            }
        }
        if (alles || gehouden.size() >= aantal) {
            return gehouden;
        }
        String kandidaten = "with k as materialized (select distinct f.bsn from werkvoorraad_signaalmoment f"
                + " where f.gemeentecode = :gemeentecode and f.signaalsoort in (:soorten)"
                + ACTIEF_VENSTER.formatted("f") + ")"
                + " select m.sinds, m.bsn from k cross join lateral (select m.sinds, m.bsn"
                + " from werkvoorraad_signaalmoment m where m.bsn = k.bsn and m.gemeentecode = :gemeentecode"
                + " and m.sinds is not null" + ACTIEF_VENSTER.formatted("m") + " offset 0) m"
                + " join inburgeraar i on i.bsn = m.bsn and i.gemeentecode = :gemeentecode where true" + status(status)
                + (na == null ? "" : " and m.sinds >= :sinds" + cursor) + OP_SINDS + " limit " + aantal;
        return vensterrijen(kandidaten, gemeentecode, soorten, vandaag, na);
    }

    private List<Object[]> vensterrijen(String sql, String gemeentecode, Collection<String> soorten,
            LocalDate vandaag, Plek na) {
        Query query = em.createNativeQuery(sql);
        query.setParameter("gemeentecode", gemeentecode);
        query.setParameter("vandaag", vandaag);
        if (sql.contains(":soorten")) {
            query.setParameter("soorten", soorten);
        }
        if (na != null) {
            query.setParameter("sinds", na.sinds());
            query.setParameter("ontvangenOp", na.ontvangenOp());
            query.setParameter("id", na.id());
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rijen = query.getResultList();
        return rijen;
    }

    /**
     * The gemeente's rows in this status, newest first after {@code na}, without a window with a sinds that covers
     * {@code vandaag}: the rows that carry no signal with a sinds today (the tail of the order on the oldest signal),
     * unless marked or with a window without a sinds (the caller computes those apart).
     *
     * <p>Where such rows are dense (the newest rows, whose signals have not begun) a bounded stretch of the keyset walk,
     * each row probed for a window, finds them. Where they are sparse, probing row after row to the gemeente's end
     * took seconds at 300,000 rows (a probe each); the rest is then answered at once, the gemeente's windows of today
     * hashed against the rows after the stretch (one pass over each, in SQL).
     */
    public List<InburgeraarEntity> zonderSignaal(String gemeentecode, String status, LocalDate vandaag, Sleutel na,
            int aantal) {
        int stuk = Math.max(MINSTE_LOOP, 4 * aantal);
        String zonder = " not exists (select 1 from werkvoorraad_signaalmoment m where m.bsn = i.bsn"
                + " and m.gemeentecode = i.gemeentecode and m.sinds is not null" + ACTIEF_VENSTER.formatted("m") + ")";
        String loop = "select i.bsn, i.ontvangen_op, i.id," + zonder + " from (select i.bsn, i.gemeentecode,"
                + " i.ontvangen_op, i.id from inburgeraar i where i.gemeentecode = :gemeentecode" + status(status)
                + (na == null ? "" : NA) + NIEUWSTE_EERST + " limit " + stuk + ") i" + NIEUWSTE_EERST;
        List<Object[]> gelopen = rijen(loop, gemeentecode, vandaag, na);
        List<String> bsns = new ArrayList<>();
        for (Object[] rij : gelopen) {
            if (Boolean.TRUE.equals(rij[3]) && bsns.size() < aantal) {
                bsns.add((String) rij[0]);
            }
        }
        if (bsns.size() < aantal && gelopen.size() == stuk) {
            Object[] laatste = gelopen.get(gelopen.size() - 1);
            Sleutel verder = new Sleutel(null, alsInstant(laatste[1]), (UUID) laatste[2]);
            String rest = "with vandaag as materialized (select m.bsn from werkvoorraad_signaalmoment m"
                    + " where m.gemeentecode = :gemeentecode and m.sinds is not null" + ACTIEF_VENSTER.formatted("m")
                    + "), rest as materialized (select i.bsn, i.ontvangen_op, i.id from inburgeraar i"
                    + " where i.gemeentecode = :gemeentecode" + status(status) + NA + ")"
                    + " select i.bsn, i.ontvangen_op, i.id from rest i"
                    + " where not exists (select 1 from vandaag v where v.bsn = i.bsn)" + NIEUWSTE_EERST
                    + " limit " + (aantal - bsns.size());
            rijen(rest, gemeentecode, vandaag, verder).forEach(rij -> bsns.add((String) rij[0]));
        }
        return inDezeVolgorde(bsns);
    }

    private List<Object[]> rijen(String sql, String gemeentecode, LocalDate vandaag, Sleutel na) {
        Query query = em.createNativeQuery(sql);
        query.setParameter("gemeentecode", gemeentecode);
        query.setParameter("vandaag", vandaag);
        if (na != null) {
            query.setParameter("ontvangenOp", na.ontvangenOp());
            query.setParameter("id", na.id());
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rijen = query.getResultList();
        return rijen;
    }

    /** The persons by their BSN, in the order given; the BSNs as one array (decision 0051). */
    private List<InburgeraarEntity> inDezeVolgorde(List<String> bsns) {
        if (bsns.isEmpty()) {
            return List.of();
        }
        Map<String, InburgeraarEntity> personen = new java.util.HashMap<>();
        @SuppressWarnings("unchecked")
        List<InburgeraarEntity> gelezen = em.createNativeQuery("select * from inburgeraar where bsn = any(:bsns)",
                InburgeraarEntity.class).setParameter("bsns", bsns.toArray(String[]::new)).getResultList();
        gelezen.forEach(i -> personen.put(i.getBsn(), i));
        return bsns.stream().map(personen::get).filter(java.util.Objects::nonNull).toList();
    }

    private static Instant alsInstant(Object waarde) {
        if (waarde instanceof java.time.OffsetDateTime o) {
            return o.toInstant();
        }
        if (waarde instanceof java.sql.Timestamp t) {
            return t.toInstant();
        }
        return (Instant) waarde;
    }

    /**
     * The gemeente's rows in this status whose windows cannot be trusted for the order on the oldest signal: marked
     * for the index's worker (his windows may be old), or with a window without a sinds that covers {@code vandaag}
     * (one that may be wider than its signal, or of a signal without a sinds). The caller computes them and places
     * them by their computed key; their windows are ignored.
     */
    public List<InburgeraarEntity> onzeker(String gemeentecode, String status, LocalDate vandaag) {
        String sql = "select i.* from inburgeraar i where i.gemeentecode = :gemeentecode" + status(status)
                + " and i.bsn in (select o.bsn from werkvoorraad_signaalindex_open o"
                + " union select m.bsn from werkvoorraad_signaalmoment m where m.gemeentecode = :gemeentecode"
                + " and m.sinds is null" + ACTIEF_VENSTER.formatted("m") + ")";
        Query query = em.createNativeQuery(sql, InburgeraarEntity.class);
        query.setParameter("gemeentecode", gemeentecode);
        query.setParameter("vandaag", vandaag);
        @SuppressWarnings("unchecked")
        List<InburgeraarEntity> rijen = query.getResultList();
        return rijen;
    }

    private static LocalDate alsDatum(Object waarde) {
        return waarde instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) waarde;
    }

    /** Two lists in the same order merged into the first {@code aantal} rows of both, each row once. */
    private static List<InburgeraarEntity> samen(List<InburgeraarEntity> a, List<InburgeraarEntity> b, String volgorde,
            int aantal) {
        Comparator<InburgeraarEntity> orde = volgorde.equals(OP_EINDDATUM) ? OP_EINDDATUM_ORDE : NIEUWSTE_EERST_ORDE;
        Map<UUID, InburgeraarEntity> rijen = new LinkedHashMap<>();
        Stream.concat(a.stream(), b.stream()).sorted(orde)
                .forEach(rij -> rijen.putIfAbsent(rij.getId(), rij));
        return rijen.values().stream().limit(aantal).toList();
    }

    /** PostgreSQL orders a uuid by its bytes, unsigned; Java's UUID.compareTo compares signed longs. */
    private static int alsPostgres(UUID x, UUID y) {
        int hoog = Long.compareUnsigned(x.getMostSignificantBits(), y.getMostSignificantBits());
        return hoog != 0 ? hoog : Long.compareUnsigned(x.getLeastSignificantBits(), y.getLeastSignificantBits());
    }

    private static final String OP_EINDDATUM = " order by i.einddatum_termijn, i.ontvangen_op desc, i.id desc";
    /** The two orders above, in Java, for merging the marked persons into the index's candidates. */
    private static final Comparator<InburgeraarEntity> NIEUWSTE_EERST_ORDE = Comparator
            .comparing(InburgeraarEntity::getOntvangenOp)
            .thenComparing(InburgeraarEntity::getId, WerkvoorraadKandidaten::alsPostgres).reversed();
    private static final Comparator<InburgeraarEntity> OP_EINDDATUM_ORDE = Comparator
            .comparing(InburgeraarEntity::getEinddatumTermijn).thenComparing(NIEUWSTE_EERST_ORDE);

    private record Deel(String voorwaarde, String volgorde, Sleutel na) {

        /** The whole selection newest first, no other condition: what the walk of a signal's windows gives. */
        boolean heelNieuwsteEerst() {
            return volgorde.equals(NIEUWSTE_EERST) && (voorwaarde.isEmpty() || voorwaarde.equals(NA));
        }
    }
}
