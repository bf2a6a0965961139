package nl.inburgering.gemeente.inspanning.persistence;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import nl.inburgering.platform.jpa.RijenVoorPersonen;

public interface InspanningRepository
        extends JpaRepository<InspanningEntity, UUID>, RijenVoorPersonen<InspanningEntity> {

    /** Every stand of the person in this gemeente, in the order received. */
    List<InspanningEntity> findByBsnAndGemeentecodeOrderByVolgnummerAsc(String bsn, String gemeentecode);

    List<InspanningEntity> findByBsnAndGemeentecodeAndInstellingsnummerOrderByVolgnummerAsc(String bsn,
            String gemeentecode, String instellingsnummer);

    @Override
    @Query(nativeQuery = true,
            value = "select * from inspanning where gemeentecode = :gemeentecode and bsn = any(:bsns)")
    List<InspanningEntity> voorPersonen(String gemeentecode, String[] bsns);
}
