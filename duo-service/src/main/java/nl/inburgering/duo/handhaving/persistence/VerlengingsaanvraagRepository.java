package nl.inburgering.duo.handhaving.persistence;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface VerlengingsaanvraagRepository extends JpaRepository<VerlengingsaanvraagEntity, UUID> {

    List<VerlengingsaanvraagEntity> findByBsnOrderByIngediendOp(String bsn);
}
