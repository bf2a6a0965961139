package nl.inburgering.gemeente.inspanning.persistence;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface InspanningRepository extends JpaRepository<InspanningEntity, UUID> {

    /** Every stand of the person in this gemeente, in the order received. */
    List<InspanningEntity> findByBsnAndGemeentecodeOrderByVolgnummerAsc(String bsn, String gemeentecode);

    List<InspanningEntity> findByBsnAndGemeentecodeAndInstellingsnummerOrderByVolgnummerAsc(String bsn,
            String gemeentecode, String instellingsnummer);

    List<InspanningEntity> findByGemeentecodeAndBsnIn(String gemeentecode, Collection<String> bsns);
}
