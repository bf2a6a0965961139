package nl.inburgering.gemeente.inburgeraar.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import nl.inburgering.platform.jpa.RijenVoorPersonen;

public interface InburgeraarRepository
        extends JpaRepository<InburgeraarEntity, String>, InburgeraarOpnemen, RijenVoorPersonen<InburgeraarEntity> {

    /**
     * The active werkvoorraad: whose plicht runs, and whose plicht ended while the gemeente still has to act (a
     * certificaat to hand over, seed §15.6). Whoever died is never active (issue 15).
     */
    String ACTIEF = "(i.einddatumPlicht is null or i.redenEindePlicht <> 'OVERLIJDEN' and exists (select b.id from BeschikkingVoldaanEntity b"
            + " where b.bsn = i.bsn and b.gemeentecode = i.gemeentecode"
            + " and b.waardepapier = 'INBURGERINGSCERTIFICAAT' and b.certificaatUitgereiktOp is null))";

    /** The werkvoorraad's total order (decision 0044): newest first, the id makes it total. */
    String NIEUWSTE_EERST = " order by i.ontvangenOp desc, i.id desc";
    /** Keyset: the rows after the last one of the previous page, in {@link #NIEUWSTE_EERST}; an index range scan. */
    String NA = " and (i.ontvangenOp, i.id) < (:ontvangenOp, :id)";
    String GEMEENTE = "select i from InburgeraarEntity i where i.gemeentecode = :gemeentecode";
    String BEEINDIGD = "i.einddatumPlicht is not null";

    /** A page of the active werkvoorraad from its start; the pageable gives offset and size only (no count). */
    @Query(GEMEENTE + " and " + ACTIEF + NIEUWSTE_EERST)
    List<InburgeraarEntity> actiefVanafBegin(String gemeentecode, Pageable pageable);

    @Query(GEMEENTE + " and " + ACTIEF + NA + NIEUWSTE_EERST)
    List<InburgeraarEntity> actiefNa(String gemeentecode, Instant ontvangenOp, UUID id, Pageable pageable);

    @Query(GEMEENTE + " and " + BEEINDIGD + NIEUWSTE_EERST)
    List<InburgeraarEntity> beeindigdVanafBegin(String gemeentecode, Pageable pageable);

    @Query(GEMEENTE + " and " + BEEINDIGD + NA + NIEUWSTE_EERST)
    List<InburgeraarEntity> beeindigdNa(String gemeentecode, Instant ontvangenOp, UUID id, Pageable pageable);

    @Query(GEMEENTE + NIEUWSTE_EERST)
    List<InburgeraarEntity> alleVanafBegin(String gemeentecode, Pageable pageable);

    @Query(GEMEENTE + NA + NIEUWSTE_EERST)
    List<InburgeraarEntity> alleNa(String gemeentecode, Instant ontvangenOp, UUID id, Pageable pageable);

    /** The totals, only when asked for ({@code ?totaal=true}): a count is not on every page (decision 0044). */
    @Query("select count(*) from InburgeraarEntity i where i.gemeentecode = :gemeentecode and " + ACTIEF)
    long aantalActief(String gemeentecode);

    @Query("select count(*) from InburgeraarEntity i where i.gemeentecode = :gemeentecode and " + BEEINDIGD)
    long aantalBeeindigd(String gemeentecode);

    @Query("select count(*) from InburgeraarEntity i where i.gemeentecode = :gemeentecode")
    long aantalAlle(String gemeentecode);

    List<InburgeraarEntity> findByGemeentecode(String gemeentecode, Sort sort);

    @Query("select i from InburgeraarEntity i where i.gemeentecode = :gemeentecode and " + ACTIEF)
    List<InburgeraarEntity> actief(String gemeentecode, Sort sort);

    List<InburgeraarEntity> findByGemeentecodeAndEinddatumPlichtIsNotNull(String gemeentecode, Sort sort);

    Optional<InburgeraarEntity> findByIdAndGemeentecode(UUID id, String gemeentecode);

    Optional<InburgeraarEntity> findByBsnAndGemeentecode(String bsn, String gemeentecode);

    Optional<InburgeraarEntity> findByVorigeIdAndVorigeGemeentecode(UUID vorigeId, String vorigeGemeentecode);

    @Override
    @Query(nativeQuery = true,
            value = "select * from inburgeraar where gemeentecode = :gemeentecode and bsn = any(:bsns)")
    List<InburgeraarEntity> voorPersonen(String gemeentecode, String[] bsns);
}
