package nl.inburgering.duo.lening.persistence;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface LeningFactuurRepository extends JpaRepository<LeningFactuurEntity, UUID> {

    Optional<LeningFactuurEntity> findByInstellingsnummerAndFactuurnummer(String instellingsnummer,
            String factuurnummer);

    List<LeningFactuurEntity> findByLeningIdOrderByOntvangenOp(UUID leningId);
}
