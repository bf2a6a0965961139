package nl.inburgering.gemeente.handhaving.persistence;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface SignaleringRepository extends JpaRepository<SignaleringEntity, UUID> {

    /**
     * These persons' rows in this gemeente (a page of the werkvoorraad, the one of {@code _zoek}): the persons as one
     * array, so the SQL text is the same for any number of them (decision 0051).
     */
    @Query(nativeQuery = true,
            value = "select * from signalering where gemeentecode = :gemeentecode and bsn = any(:bsns)")
    List<SignaleringEntity> voorPersonen(String gemeentecode, String[] bsns);

    default List<SignaleringEntity> voorPersonen(String gemeentecode, Collection<String> bsns) {
        return voorPersonen(gemeentecode, bsns.toArray(String[]::new));
    }
}
