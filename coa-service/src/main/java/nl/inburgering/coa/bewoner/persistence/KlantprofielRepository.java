package nl.inburgering.coa.bewoner.persistence;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface KlantprofielRepository extends JpaRepository<KlantprofielEntity, Long> {

    Optional<KlantprofielEntity> findFirstByBewonerIdOrderByVersieDesc(UUID bewonerId);

    List<KlantprofielEntity> findByBewonerIdOrderByVersie(UUID bewonerId);
}
