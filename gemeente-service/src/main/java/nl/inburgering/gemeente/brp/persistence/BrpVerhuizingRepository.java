package nl.inburgering.gemeente.brp.persistence;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface BrpVerhuizingRepository extends JpaRepository<BrpVerhuizingEntity, UUID> {

    Optional<BrpVerhuizingEntity> findFirstByBsnOrderByDatumVerhuizingDescGeregistreerdOpDesc(String bsn);
}
