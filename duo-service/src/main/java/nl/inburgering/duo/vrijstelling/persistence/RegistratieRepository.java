package nl.inburgering.duo.vrijstelling.persistence;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface RegistratieRepository extends JpaRepository<RegistratieEntity, UUID> {

    List<RegistratieEntity> findByBsn(String bsn);
}
