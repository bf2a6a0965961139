package nl.inburgering.gemeente.asielstatushouder.persistence;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface MaatschappelijkeBegeleidingRepository extends JpaRepository<MaatschappelijkeBegeleidingEntity, UUID> {

    Optional<MaatschappelijkeBegeleidingEntity> findByBsnAndGemeentecode(String bsn, String gemeentecode);
}
