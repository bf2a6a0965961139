package nl.inburgering.gemeente.vrijstellingontheffing.persistence;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

import nl.inburgering.gemeente.vrijstellingontheffing.domain.Beslissing;

public interface BeslissingRepository extends JpaRepository<BeslissingEntity, UUID> {

    List<BeslissingEntity> findByGemeentecodeAndBsnIn(String gemeentecode, Collection<String> bsns);

    /** The same decision delivered again (e.g. after a replay from the dead letters). */
    boolean existsByBsnAndGemeentecodeAndBeslissingAndSoortAndOordeelAndGrondAndDatumOordeelAndOnderdelen(String bsn,
            String gemeentecode, Beslissing.Soort beslissing, String soort, String oordeel, String grond,
            LocalDate datumOordeel, String onderdelen);
}
