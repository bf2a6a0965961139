package nl.inburgering.gemeente.vrijstellingontheffing.persistence;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface BioAdviesRepository extends JpaRepository<BioAdviesEntity, UUID> {

    List<BioAdviesEntity> findByBsnAndGemeentecodeOrderByVastgelegdOpAsc(String bsn, String gemeentecode);
}
