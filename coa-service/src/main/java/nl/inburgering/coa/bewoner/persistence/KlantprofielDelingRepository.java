package nl.inburgering.coa.bewoner.persistence;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface KlantprofielDelingRepository extends JpaRepository<KlantprofielDelingEntity, Long> {

    List<KlantprofielDelingEntity> findByBewonerIdOrderById(UUID bewonerId);
}
