package nl.inburgering.gemeente.inburgeraar.application;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.assertj.core.api.Assertions;
import org.awaitility.Awaitility;
import org.springframework.jdbc.core.JdbcTemplate;

import nl.inburgering.gemeente.inburgeraar.api.Signaal;
import nl.inburgering.gemeente.inburgeraar.api.Signaalsoort;
import nl.inburgering.platform.bsn.Bsn;

/**
 * For tests outside this package: the werkvoorraad's ids in order by the path a request takes (the signal index,
 * decision 0046, page by page along the cursor) and by decision 0031's path (every row of the gemeente computed and
 * filtered in memory), to compare the two.
 */
public final class Werkvoorraadpaden {

    private Werkvoorraadpaden() {
    }

    public static List<UUID> langsDeCursor(InburgeraarRaadplegen raadplegen, String gemeentecode,
            Werkvoorraadvraag.Status status, Set<Signaalsoort> signalen, Werkvoorraadvraag.Sortering sortering,
            int paginaGrootte) {
        List<UUID> ids = new ArrayList<>();
        Werkvoorraadcursor na = null;
        do {
            Werkvoorraadpagina pagina = raadplegen.werkvoorraad(gemeentecode,
                    new Werkvoorraadvraag(1, paginaGrootte, status, signalen, sortering, na, false));
            pagina.regels().forEach(regel -> ids.add(regel.inburgeraar().id()));
            na = pagina.volgende().orElse(null);
        } while (na != null);
        return ids;
    }

    /** The in-memory path's ids after this cursor (or from the start), every page at once. */
    public static List<UUID> inGeheugenNa(InburgeraarRaadplegen raadplegen, String gemeentecode,
            Werkvoorraadvraag.Status status, Set<Signaalsoort> signalen, Werkvoorraadvraag.Sortering sortering,
            Werkvoorraadcursor na) {
        return raadplegen.inGeheugen(gemeentecode,
                new Werkvoorraadvraag(1, 100_000, status, signalen, sortering, na, false)).regels().stream()
                .map(regel -> regel.inburgeraar().id()).toList();
    }

    /** Every row's signals as a page shows them today, by id (every status). */
    public static Map<UUID, List<Signaal>> signalen(InburgeraarRaadplegen raadplegen, String gemeentecode) {
        Map<UUID, List<Signaal>> signalen = new HashMap<>();
        raadplegen.inGeheugen(gemeentecode, new Werkvoorraadvraag(1, 100_000, Werkvoorraadvraag.Status.ALLE, Set.of(),
                Werkvoorraadvraag.Sortering.NIEUWSTE_EERST)).regels()
                .forEach(regel -> signalen.put(regel.inburgeraar().id(), regel.signalen()));
        return signalen;
    }

    /**
     * The windows' contract (decision 0046, third addendum) for one person, once the index's worker recomputed him:
     * the signals with a sinds his row shows today are exactly his windows with a sinds that cover today, each with
     * that sinds (so the order on the oldest signal finds him at his key, and only there).
     *
     * @return the signals compared, as {@code SOORT@sinds}
     */
    public static Set<String> vensterscontract(InburgeraarRaadplegen raadplegen, JdbcTemplate jdbc,
            String gemeentecode, String bsn, LocalDate vandaag) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "select count(*) from werkvoorraad_signaalindex_open where bsn = ?", Long.class, bsn) == 0);
        Set<String> uitDeVensters = new HashSet<>(jdbc.queryForList("select signaalsoort || '@' || sinds"
                + " from werkvoorraad_signaalmoment where bsn = ? and gemeentecode = ? and sinds is not null"
                + " and (vanaf is null or vanaf <= ?) and (tot is null or tot >= ?)", String.class, bsn, gemeentecode,
                vandaag, vandaag));
        Set<String> getoond = new HashSet<>();
        raadplegen.zoek(gemeentecode, Bsn.of(bsn)).forEach(regel -> regel.signalen().stream()
                .filter(signaal -> signaal.sinds() != null)
                .forEach(signaal -> getoond.add(signaal.soort().name() + "@" + signaal.sinds())));
        Assertions.assertThat(uitDeVensters).as("de vensters van %s op %s", bsn, vandaag).isEqualTo(getoond);
        return getoond;
    }

    public static List<UUID> inGeheugen(InburgeraarRaadplegen raadplegen, String gemeentecode,
            Werkvoorraadvraag.Status status, Set<Signaalsoort> signalen, Werkvoorraadvraag.Sortering sortering) {
        return raadplegen.inGeheugen(gemeentecode,
                new Werkvoorraadvraag(1, 100_000, status, signalen, sortering)).regels().stream()
                .map(regel -> regel.inburgeraar().id()).toList();
    }
}
