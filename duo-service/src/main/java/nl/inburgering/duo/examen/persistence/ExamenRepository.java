package nl.inburgering.duo.examen.persistence;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ExamenRepository extends JpaRepository<ExamenEntity, UUID> {

    List<ExamenEntity> findByBsnOrderByAangemeldOpAsc(String bsn);
}
