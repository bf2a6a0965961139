package nl.inburgering.gemeente.intake.persistence;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

import nl.inburgering.gemeente.intake.domain.Maatregel;

public interface HandhavingRepository extends JpaRepository<HandhavingEntity, UUID> {

    List<HandhavingEntity> findByBsnAndGemeentecodeOrderByOpgelegdOpAsc(String bsn, String gemeentecode);

    long countByBsnAndGemeentecodeAndMaatregel(String bsn, String gemeentecode, Maatregel maatregel);
}
