package nl.inburgering.gemeente.intake.persistence;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface OproepRepository extends JpaRepository<OproepEntity, UUID> {

    List<OproepEntity> findByBsnAndGemeentecodeOrderByDatumAscAangemaaktOpAsc(String bsn, String gemeentecode);

    Optional<OproepEntity> findByIdAndBsnAndGemeentecode(UUID id, String bsn, String gemeentecode);

    long countByBsnAndGemeentecodeAndVerschenenFalse(String bsn, String gemeentecode);

    long countByBsnAndGemeentecode(String bsn, String gemeentecode);

    long countByBsnAndGemeentecodeAndVerschenenIsNull(String bsn, String gemeentecode);

    /** The latest ones, newest first. */
    List<OproepEntity> findTop10ByBsnAndGemeentecodeOrderByDatumDescAangemaaktOpDesc(String bsn, String gemeentecode);

    Page<OproepEntity> findByBsnAndGemeentecode(String bsn, String gemeentecode, Pageable pageable);
}
