package nl.inburgering.duo.termijnbewaking.persistence;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface KennisgevingRepository extends JpaRepository<KennisgevingEntity, UUID> {

    List<KennisgevingEntity> findByBsnOrderByVerstuurdOpAsc(String bsn);
}
