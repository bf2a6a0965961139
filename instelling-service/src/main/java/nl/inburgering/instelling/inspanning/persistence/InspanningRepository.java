package nl.inburgering.instelling.inspanning.persistence;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface InspanningRepository extends JpaRepository<InspanningEntity, UUID> {

    /** The stand with the latest peildatum reported for this inschrijving. */
    Optional<InspanningEntity> findFirstByCursistIdOrderByPeildatumDescGemeldOpDesc(UUID cursistId);

    List<InspanningEntity> findByCursistIdOrderByPeildatumDescGemeldOpDesc(UUID cursistId);
}
