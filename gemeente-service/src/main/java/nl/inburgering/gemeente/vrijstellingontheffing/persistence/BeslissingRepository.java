package nl.inburgering.gemeente.vrijstellingontheffing.persistence;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import nl.inburgering.gemeente.vrijstellingontheffing.domain.Beslissing;
import nl.inburgering.platform.jpa.RijenVoorPersonen;

public interface BeslissingRepository
        extends JpaRepository<BeslissingEntity, UUID>, RijenVoorPersonen<BeslissingEntity> {

    @Override
    @Query(nativeQuery = true,
            value = "select * from vrijstelling_ontheffing where gemeentecode = :gemeentecode and bsn = any(:bsns)")
    List<BeslissingEntity> voorPersonen(String gemeentecode, String[] bsns);

    /** The same decision delivered again (e.g. after a replay from the dead letters). */
    boolean existsByBsnAndGemeentecodeAndBeslissingAndSoortAndOordeelAndGrondAndDatumOordeelAndOnderdelen(String bsn,
            String gemeentecode, Beslissing.Soort beslissing, String soort, String oordeel, String grond,
            LocalDate datumOordeel, String onderdelen);
}
