package nl.inburgering.gemeente.resultaten.persistence;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import nl.inburgering.gemeente.resultaten.domain.Onderdeel;
import nl.inburgering.gemeente.resultaten.domain.Resultaatstatus;

public interface ResultaatRepository extends JpaRepository<ResultaatEntity, UUID> {

    Optional<ResultaatEntity> findByBsnAndGemeentecodeAndOnderdeel(String bsn, String gemeentecode, Onderdeel onderdeel);

    List<ResultaatEntity> findByBsnAndGemeentecode(String bsn, String gemeentecode);

    /**
     * What a page of the werkvoorraad (or {@code _zoek}) asks of a resultaat: its onderdeel, status and when this
     * service sent it. Not the entity: that loads its afwijzingsredenen with a query per resultaat.
     */
    interface Stand {
        String getBsn();

        Onderdeel getOnderdeel();

        Resultaatstatus getStatus();

        Instant getVerzondenOp();
    }

    /**
     * The resultaten of these persons in this gemeente, the persons as one array: the SQL text is the same for any
     * number of them (decision 0051).
     */
    @Query(nativeQuery = true, value = "select bsn, onderdeel, status, verzonden_op as \"verzondenOp\""
            + " from leerroute_resultaat where gemeentecode = :gemeentecode and bsn = any(:bsns)")
    List<Stand> standenVoorPersonen(String gemeentecode, String[] bsns);

    default List<Stand> standenVoorPersonen(String gemeentecode, Collection<String> bsns) {
        return standenVoorPersonen(gemeentecode, bsns.toArray(String[]::new));
    }
}
