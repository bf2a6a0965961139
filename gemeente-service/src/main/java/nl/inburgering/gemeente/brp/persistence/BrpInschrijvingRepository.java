package nl.inburgering.gemeente.brp.persistence;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface BrpInschrijvingRepository extends JpaRepository<BrpInschrijvingEntity, UUID> {

    boolean existsByBsn(String bsn);

    Optional<BrpInschrijvingEntity> findByBsn(String bsn);
}
