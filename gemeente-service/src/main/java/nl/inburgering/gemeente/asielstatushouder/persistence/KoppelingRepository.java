package nl.inburgering.gemeente.asielstatushouder.persistence;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

import nl.inburgering.gemeente.asielstatushouder.domain.Koppelingstatus;

public interface KoppelingRepository extends JpaRepository<KoppelingEntity, UUID> {

    Optional<KoppelingEntity> findByBsnAndGemeentecode(String bsn, String gemeentecode);

    /** Every koppeling of the person, at most one per gemeente (a few at most). */
    List<KoppelingEntity> findByBsn(String bsn);

    Optional<KoppelingEntity> findByBsnAndGemeentecodeAndStatus(String bsn, String gemeentecode, Koppelingstatus status);

    Optional<KoppelingEntity> findByIdAndGemeentecodeAndStatus(UUID id, String gemeentecode, Koppelingstatus status);

    Page<KoppelingEntity> findByGemeentecodeAndStatus(String gemeentecode, Koppelingstatus status, Pageable pageable);
}
