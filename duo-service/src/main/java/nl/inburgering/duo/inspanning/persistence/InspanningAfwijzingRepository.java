package nl.inburgering.duo.inspanning.persistence;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface InspanningAfwijzingRepository extends JpaRepository<InspanningAfwijzingEntity, UUID> {

    List<InspanningAfwijzingEntity> findByBsnOrderByAfgewezenOpAsc(String bsn);
}
