package nl.inburgering.gemeente.handhaving.persistence;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface OpgelegdeBoeteRepository extends JpaRepository<OpgelegdeBoeteEntity, UUID> {

    Optional<OpgelegdeBoeteEntity> findByBsnAndGemeentecodeAndBeschikkingskenmerk(String bsn, String gemeentecode,
            String beschikkingskenmerk);

    /**
     * These persons' rows in this gemeente (a page of the werkvoorraad, the one of {@code _zoek}): the persons as one
     * array, so the SQL text is the same for any number of them (decision 0051).
     */
    @Query(nativeQuery = true,
            value = "select * from opgelegde_boete where gemeentecode = :gemeentecode and bsn = any(:bsns)")
    List<OpgelegdeBoeteEntity> voorPersonen(String gemeentecode, String[] bsns);

    default List<OpgelegdeBoeteEntity> voorPersonen(String gemeentecode, Collection<String> bsns) {
        return voorPersonen(gemeentecode, bsns.toArray(String[]::new));
    }
}
