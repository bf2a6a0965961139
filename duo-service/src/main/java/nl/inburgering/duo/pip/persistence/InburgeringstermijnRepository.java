package nl.inburgering.duo.pip.persistence;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface InburgeringstermijnRepository extends JpaRepository<InburgeringstermijnEntity, String> {

    /**
     * Per gemeente of the first PIP (the termijn's gemeente): rows of {@code [gemeentecode, aantal, mediaan]}, the
     * median of the days from the vaststelling of the plicht ({@code inburgeringsplicht.vastgesteld_op}, the dossier's
     * table, read here only as an aggregate: decision 0042) to the dagtekening of the first PIP.
     */
    @Query(value = """
            select t.gemeentecode, count(*),
                   cast(percentile_cont(0.5) within group (order by t.dagtekening_pip - p.vastgesteld_op) as numeric(10, 1))
            from inburgeringstermijn t join inburgeringsplicht p on p.bsn = t.bsn
            group by t.gemeentecode order by t.gemeentecode""", nativeQuery = true)
    List<Object[]> doorlooptijdenTotPip();
}
