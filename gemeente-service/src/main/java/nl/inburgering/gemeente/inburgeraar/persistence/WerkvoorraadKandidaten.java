package nl.inburgering.gemeente.inburgeraar.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import org.springframework.stereotype.Repository;

/**
 * The werkvoorraad's rows in keyset order from the indexes (decisions 0044 and 0046): newest first, or by the last day
 * of the termijn (earliest first, without a termijn last, then newest first), optionally only the CANDIDATES for a
 * set of signals on a day: whose stored window ({@code werkvoorraad_signaalmoment}) of one of them covers the day.
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
    private static final String NA = " and (i.ontvangen_op, i.id) < (:ontvangenOp, :id)";
    private static final String NIEUWSTE_EERST = " order by i.ontvangen_op desc, i.id desc";

    private final EntityManager em;

    WerkvoorraadKandidaten(EntityManager em) {
        this.em = em;
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
        String selectie = "select i.* from inburgeraar i where i.gemeentecode = :gemeentecode"
                + switch (status) {
                    case "ACTIEF" -> ACTIEF;
                    case "BEEINDIGD" -> BEEINDIGD;
                    default -> "";
                } + (soorten.isEmpty() ? "" : SIGNAAL);
        List<InburgeraarEntity> gelezen = new ArrayList<>();
        for (Deel deel : delen) {
            if (gelezen.size() >= aantal) {
                break;
            }
            Query query = em.createNativeQuery(selectie + deel.voorwaarde() + deel.volgorde() + " limit :aantal",
                    InburgeraarEntity.class);
            query.setParameter("gemeentecode", gemeentecode);
            query.setParameter("aantal", aantal - gelezen.size());
            if (!soorten.isEmpty()) {
                query.setParameter("soorten", soorten);
                query.setParameter("vandaag", vandaag);
            }
            if (deel.na() != null) {
                if (deel.voorwaarde().contains(":ontvangenOp")) {
                    query.setParameter("ontvangenOp", deel.na().ontvangenOp());
                    query.setParameter("id", deel.na().id());
                }
                if (deel.voorwaarde().contains(":einddatum")) {
                    query.setParameter("einddatum", deel.na().einddatumTermijn());
                }
            }
            @SuppressWarnings("unchecked")
            List<InburgeraarEntity> rijen = query.getResultList();
            gelezen.addAll(rijen);
        }
        return gelezen;
    }

    private static final String OP_EINDDATUM = " order by i.einddatum_termijn, i.ontvangen_op desc, i.id desc";

    private record Deel(String voorwaarde, String volgorde, Sleutel na) {
    }
}
