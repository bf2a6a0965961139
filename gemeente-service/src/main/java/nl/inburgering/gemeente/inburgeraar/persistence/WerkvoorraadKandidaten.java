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
    private static final String OPEN = " and i.bsn in (:open)";
    private static final String OPEN_GEMERKT = " and exists (select 1 from werkvoorraad_signaalindex_open o"
            + " where o.bsn = i.bsn)";
    private static final int OPEN_ALS_LIJST = 1000;
    /** At least so many rows of the keyset walked before the candidates' range is asked (see kandidaten). */
    private static final int MINSTE_LOOP = 500;
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
        String basis = "select i.* from inburgeraar i where i.gemeentecode = :gemeentecode"
                + switch (status) {
                    case "ACTIEF" -> ACTIEF;
                    case "BEEINDIGD" -> BEEINDIGD;
                    default -> "";
                };
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
                    : kandidaten(basis, deel, gemeentecode, soorten, vandaag, nodig);
            if (!open.isEmpty()) {
                // a short list by the primary key; a long one (a backlog) as a semi-join, not as thousands of binds
                rijen = samen(rijen, open.size() <= OPEN_ALS_LIJST
                        ? lees(basis + OPEN, deel, gemeentecode, List.of(), vandaag, Map.of("open", open), nodig)
                        : lees(basis + OPEN_GEMERKT, deel, gemeentecode, List.of(), vandaag, Map.of(), nodig),
                        deel.volgorde(), nodig);
            }
            gelezen.addAll(rijen);
        }
        return gelezen;
    }

    /**
     * The first candidates in this part's order. A signal that many rows carry is found fastest by walking the keyset
     * index and probing each row's windows; a rare one by the candidates' range, sorted. PostgreSQL's estimate cannot
     * tell which (it picks the sort for both, 236 ms at 300,000 candidates), so the walk goes first over a bounded
     * stretch of rows, and only when that does not fill the request does the candidates' range answer it.
     */
    private List<InburgeraarEntity> kandidaten(String basis, Deel deel, String gemeentecode,
            Collection<String> soorten, LocalDate vandaag, int aantal) {
        int stuk = Math.max(MINSTE_LOOP, 4 * aantal);
        String loop = "select i.* from (" + basis + deel.voorwaarde() + deel.volgorde() + " limit " + stuk + ") i"
                + " where true" + SIGNAAL;
        List<InburgeraarEntity> gelopen = lees(loop, new Deel("", deel.volgorde(), deel.na()), gemeentecode, soorten,
                vandaag, Map.of(), aantal);
        return gelopen.size() >= aantal ? gelopen
                : lees(basis + SIGNAAL, deel, gemeentecode, soorten, vandaag, Map.of(), aantal);
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
        String sql = "select m.sinds, m.bsn from werkvoorraad_signaalmoment m"
                + " join inburgeraar i on i.bsn = m.bsn and i.gemeentecode = m.gemeentecode"
                + " where m.gemeentecode = :gemeentecode and m.sinds is not null" + ACTIEF_VENSTER.formatted("m")
                + status(status)
                + (soorten.isEmpty() ? "" : " and exists (select 1 from werkvoorraad_signaalmoment f"
                        + " where f.bsn = i.bsn and f.gemeentecode = i.gemeentecode and f.signaalsoort in (:soorten)"
                        + ACTIEF_VENSTER.formatted("f") + ")")
                + (na == null ? "" : " and m.sinds >= :sinds"
                        + " and (m.sinds > :sinds or (i.ontvangen_op, i.id) < (:ontvangenOp, :id))")
                + " order by m.sinds, i.ontvangen_op desc, i.id desc limit :aantal";
        Query query = em.createNativeQuery(sql);
        query.setParameter("gemeentecode", gemeentecode);
        query.setParameter("vandaag", vandaag);
        query.setParameter("aantal", aantal);
        if (!soorten.isEmpty()) {
            query.setParameter("soorten", soorten);
        }
        if (na != null) {
            query.setParameter("sinds", na.sinds());
            query.setParameter("ontvangenOp", na.ontvangenOp());
            query.setParameter("id", na.id());
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rijen = query.getResultList();
        if (rijen.isEmpty()) {
            return List.of();
        }
        Map<String, InburgeraarEntity> personen = new java.util.HashMap<>();
        em.createQuery("select i from InburgeraarEntity i where i.bsn in :bsns", InburgeraarEntity.class)
                .setParameter("bsns", rijen.stream().map(r -> (String) r[1]).distinct().toList()).getResultList()
                .forEach(i -> personen.put(i.getBsn(), i));
        return rijen.stream().map(r -> new Venster(alsDatum(r[0]), personen.get((String) r[1]))).toList();
    }

    /**
     * The gemeente's rows in this status, newest first after {@code na}, without a window with a sinds that covers
     * {@code vandaag}: the rows that carry no signal with a sinds today (the tail of the order on the oldest signal),
     * unless marked or with a window without a sinds (the caller computes those apart).
     */
    public List<InburgeraarEntity> zonderSignaal(String gemeentecode, String status, LocalDate vandaag, Sleutel na,
            int aantal) {
        String sql = "select i.* from inburgeraar i where i.gemeentecode = :gemeentecode" + status(status)
                + " and not exists (select 1 from werkvoorraad_signaalmoment m where m.bsn = i.bsn"
                + " and m.gemeentecode = i.gemeentecode and m.sinds is not null" + ACTIEF_VENSTER.formatted("m") + ")"
                + (na == null ? "" : NA) + NIEUWSTE_EERST + " limit :aantal";
        Query query = em.createNativeQuery(sql, InburgeraarEntity.class);
        query.setParameter("gemeentecode", gemeentecode);
        query.setParameter("vandaag", vandaag);
        query.setParameter("aantal", aantal);
        if (na != null) {
            query.setParameter("ontvangenOp", na.ontvangenOp());
            query.setParameter("id", na.id());
        }
        @SuppressWarnings("unchecked")
        List<InburgeraarEntity> rijen = query.getResultList();
        return rijen;
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
    }
}
