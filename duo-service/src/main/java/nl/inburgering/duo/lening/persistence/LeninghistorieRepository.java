package nl.inburgering.duo.lening.persistence;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface LeninghistorieRepository extends JpaRepository<LeninghistorieEntity, Long> {

    List<LeninghistorieEntity> findByLeningIdOrderById(UUID leningId);
}
