package nl.inburgering.gemeente.resultaten.persistence;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

import nl.inburgering.gemeente.resultaten.domain.Onderdeel;

public interface ResultaatRepository extends JpaRepository<ResultaatEntity, UUID> {

    Optional<ResultaatEntity> findByBsnAndGemeentecodeAndOnderdeel(String bsn, String gemeentecode, Onderdeel onderdeel);

    List<ResultaatEntity> findByBsnAndGemeentecode(String bsn, String gemeentecode);

    /** The rows of a page of the werkvoorraad. */
    List<ResultaatEntity> findByGemeentecodeAndBsnIn(String gemeentecode, Collection<String> bsns);
}
