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
                        ? lees(basis + OPEN, deel, gemeentecode, List.of(), vandaag, Map.of("open", open), nodig)
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
