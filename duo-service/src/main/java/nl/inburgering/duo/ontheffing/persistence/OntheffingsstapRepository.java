package nl.inburgering.duo.ontheffing.persistence;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface OntheffingsstapRepository extends JpaRepository<OntheffingsstapEntity, Long> {

    List<OntheffingsstapEntity> findByAanvraagIdOrderById(UUID aanvraagId);
}
