package nl.inburgering.gemeente.pip.persistence;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface InburgeringstermijnRepository extends JpaRepository<InburgeringstermijnEntity, UUID> {

    /** Every #5 for the person and gemeente in order of arrival; the last is the current termijn. */
    List<InburgeringstermijnEntity> findByBsnAndGemeentecodeOrderByVolgnummerAsc(String bsn, String gemeentecode);

    /**
     * These persons' rows in this gemeente (a page of the werkvoorraad, the one of {@code _zoek}): the persons as one
     * array, so the SQL text is the same for any number of them (decision 0051).
     */
    @Query(nativeQuery = true,
            value = "select * from inburgeringstermijn where gemeentecode = :gemeentecode and bsn = any(:bsns)")
    List<InburgeringstermijnEntity> voorPersonen(String gemeentecode, String[] bsns);

    default List<InburgeringstermijnEntity> voorPersonen(String gemeentecode, Collection<String> bsns) {
        return voorPersonen(gemeentecode, bsns.toArray(String[]::new));
    }
}
