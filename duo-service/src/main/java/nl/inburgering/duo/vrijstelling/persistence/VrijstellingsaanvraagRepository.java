package nl.inburgering.duo.vrijstelling.persistence;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface VrijstellingsaanvraagRepository extends JpaRepository<VrijstellingsaanvraagEntity, UUID> {

    List<VrijstellingsaanvraagEntity> findByBsnOrderByIngediendOp(String bsn);
}
