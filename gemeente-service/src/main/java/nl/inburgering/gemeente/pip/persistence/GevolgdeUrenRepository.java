package nl.inburgering.gemeente.pip.persistence;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface GevolgdeUrenRepository extends JpaRepository<GevolgdeUrenEntity, UUID> {

    /** The stand with the latest peildatum delivered for the person by this gemeente. */
    Optional<GevolgdeUrenEntity> findFirstByBsnAndGemeentecodeOrderByPeildatumDescGemeldOpDesc(String bsn,
            String gemeentecode);
}
