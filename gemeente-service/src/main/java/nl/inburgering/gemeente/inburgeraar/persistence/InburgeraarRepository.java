package nl.inburgering.gemeente.inburgeraar.persistence;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface InburgeraarRepository extends JpaRepository<InburgeraarEntity, String> {

    /**
     * The active werkvoorraad: whose plicht runs, and whose plicht ended while the gemeente still has to act (a
     * certificaat to hand over, seed §15.6). Whoever died is never active (issue 15).
     */
    String ACTIEF = "(i.einddatumPlicht is null or i.redenEindePlicht <> 'OVERLIJDEN' and exists (select b.id from BeschikkingVoldaanEntity b"
            + " where b.bsn = i.bsn and b.gemeentecode = i.gemeentecode"
            + " and b.waardepapier = 'INBURGERINGSCERTIFICAAT' and b.certificaatUitgereiktOp is null))";

    Page<InburgeraarEntity> findByGemeentecode(String gemeentecode, Pageable pageable);

    List<InburgeraarEntity> findByGemeentecode(String gemeentecode, Sort sort);

    @Query("select i from InburgeraarEntity i where i.gemeentecode = :gemeentecode and " + ACTIEF)
    Page<InburgeraarEntity> actief(String gemeentecode, Pageable pageable);

    @Query("select i from InburgeraarEntity i where i.gemeentecode = :gemeentecode and " + ACTIEF)
    List<InburgeraarEntity> actief(String gemeentecode, Sort sort);

    Page<InburgeraarEntity> findByGemeentecodeAndEinddatumPlichtIsNotNull(String gemeentecode, Pageable pageable);

    List<InburgeraarEntity> findByGemeentecodeAndEinddatumPlichtIsNotNull(String gemeentecode, Sort sort);

    Optional<InburgeraarEntity> findByIdAndGemeentecode(UUID id, String gemeentecode);

    Optional<InburgeraarEntity> findByBsnAndGemeentecode(String bsn, String gemeentecode);

    Optional<InburgeraarEntity> findByVorigeIdAndVorigeGemeentecode(UUID vorigeId, String vorigeGemeentecode);

    List<InburgeraarEntity> findByGemeentecodeAndBsnIn(String gemeentecode, Collection<String> bsns);
}
