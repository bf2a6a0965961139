package nl.inburgering.gemeente.overdracht.persistence;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface OverdrachtRepository extends JpaRepository<OverdrachtEntity, UUID> {

    Optional<OverdrachtEntity> findByBsnAndGemeentecodeAndDatumVerhuizing(String bsn, String gemeentecode,
            LocalDate datumVerhuizing);

    List<OverdrachtEntity> findByGemeentecodeAndBsnIn(String gemeentecode, Collection<String> bsns);
}
