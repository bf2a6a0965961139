package nl.inburgering.gemeente.vrijstellingontheffing.persistence;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import nl.inburgering.gemeente.vrijstellingontheffing.domain.Beslissing;

public interface BeslissingRepository extends JpaRepository<BeslissingEntity, UUID> {

    /**
     * These persons' rows in this gemeente (a page of the werkvoorraad, the one of {@code _zoek}): the persons as one
     * array, so the SQL text is the same for any number of them (decision 0051).
     */
    @Query(nativeQuery = true,
            value = "select * from vrijstelling_ontheffing where gemeentecode = :gemeentecode and bsn = any(:bsns)")
    List<BeslissingEntity> voorPersonen(String gemeentecode, String[] bsns);

    default List<BeslissingEntity> voorPersonen(String gemeentecode, Collection<String> bsns) {
        return voorPersonen(gemeentecode, bsns.toArray(String[]::new));
    }

    /** The same decision delivered again (e.g. after a replay from the dead letters). */
    boolean existsByBsnAndGemeentecodeAndBeslissingAndSoortAndOordeelAndGrondAndDatumOordeelAndOnderdelen(String bsn,
            String gemeentecode, Beslissing.Soort beslissing, String soort, String oordeel, String grond,
            LocalDate datumOordeel, String onderdelen);
}
