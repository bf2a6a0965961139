package nl.inburgering.duo.dossier.persistence;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface InburgeringsplichtRepository extends JpaRepository<InburgeringsplichtEntity, String> {

    /**
     * The BSNs (only: a row that cannot be read stays out of the page) of persons who turn 18 (or otherwise become
     * plichtig) on or before {@code datum}, a page of 100 after {@code naBsn} in BSN order (keyset paging: a row that
     * fails stays behind, the pages after it are still read).
     */
    @Query(value = "select bsn from inburgeringsplicht where status = 'NOG_NIET_PLICHTIG' and begindatum <= :datum"
            + " and bsn > :naBsn order by bsn limit 100", nativeQuery = true)
    List<String> uitgesteldTot(@Param("datum") LocalDate datum, @Param("naBsn") String naBsn);

    /** The BSNs of the plichtigen now, a page of 100 after {@code naBsn} in BSN order (keyset paging). */
    @Query(value = "select bsn from inburgeringsplicht where status = 'PLICHTIG' and bsn > :naBsn order by bsn"
            + " limit 100", nativeQuery = true)
    List<String> plichtigenNa(@Param("naBsn") String naBsn);

    /** Per status of the plicht, the number of persons: rows of {@code [status, aantal]}. */
    @Query(value = "select status, count(*) from inburgeringsplicht group by status order by status", nativeQuery = true)
    List<Object[]> aantalPerStatus();

    /**
     * The persons whose plicht began on or before {@code peildatum} (plichtig now or ended since; not those the law
     * never made plichtig), a page of {@code aantal} after {@code naBsn} in BSN order (#22 to CBS).
     */
    @Query(value = "select * from inburgeringsplicht where status <> 'NOG_NIET_PLICHTIG' and begindatum <= :peildatum"
            + " and coalesce(reden_niet_plichtig, '') not in ('TIJDELIJK_VERBLIJFSDOEL', 'EU_EER_OF_ZWITSERSE_NATIONALITEIT')"
            + " and bsn > :naBsn order by bsn limit :aantal", nativeQuery = true)
    List<InburgeringsplichtEntity> metPlichtOp(@Param("peildatum") LocalDate peildatum, @Param("naBsn") String naBsn,
            @Param("aantal") int aantal);
}
