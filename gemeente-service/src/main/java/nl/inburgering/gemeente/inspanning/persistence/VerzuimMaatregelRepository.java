package nl.inburgering.gemeente.inspanning.persistence;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface VerzuimMaatregelRepository extends JpaRepository<VerzuimMaatregelEntity, UUID> {

    /** Every measure of the person in this gemeente, oldest first. */
    List<VerzuimMaatregelEntity> findByBsnAndGemeentecodeOrderByVolgnummerAsc(String bsn, String gemeentecode);

    /**
     * These persons' rows in this gemeente (a page of the werkvoorraad, the one of {@code _zoek}): the persons as one
     * array, so the SQL text is the same for any number of them (decision 0051).
     */
    @Query(nativeQuery = true,
            value = "select * from verzuim_maatregel where gemeentecode = :gemeentecode and bsn = any(:bsns)")
    List<VerzuimMaatregelEntity> voorPersonen(String gemeentecode, String[] bsns);

    default List<VerzuimMaatregelEntity> voorPersonen(String gemeentecode, Collection<String> bsns) {
        return voorPersonen(gemeentecode, bsns.toArray(String[]::new));
    }
}
