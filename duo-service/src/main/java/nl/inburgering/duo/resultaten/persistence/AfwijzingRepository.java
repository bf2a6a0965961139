package nl.inburgering.duo.resultaten.persistence;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface AfwijzingRepository extends JpaRepository<AfwijzingEntity, UUID> {

    List<AfwijzingEntity> findByBsnOrderByAfgewezenOp(String bsn);
}
