package nl.inburgering.gemeente.overdracht.persistence;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface VertrekRepository extends JpaRepository<VertrekEntity, UUID> {

    Optional<VertrekEntity> findByBsnAndGemeentecodeAndDatumVerhuizing(String bsn, String gemeentecode,
            LocalDate datumVerhuizing);

    List<VertrekEntity> findByBsnAndGemeentecodeOrderByDatumVerhuizingDesc(String bsn, String gemeentecode);

    List<VertrekEntity> findByGemeentecodeOrderByDatumVerhuizingDesc(String gemeentecode);

    Optional<VertrekEntity> findByIdAndGemeentecode(UUID id, String gemeentecode);
}
