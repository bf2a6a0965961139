package nl.inburgering.gemeente.pip.persistence;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import nl.inburgering.gemeente.pip.domain.Registratiestatus;

public interface PipRepository extends JpaRepository<PipEntity, UUID> {

    /** Every PIP of the person in this gemeente, in the order it became known; the last is the actueel. */
    List<PipEntity> findByBsnAndGemeentecodeOrderByVolgnummerAsc(String bsn, String gemeentecode);

    /**
     * What a page of the werkvoorraad (or {@code _zoek}) asks of a PIP: the order it became known in, its status and
     * when it was vastgesteld. Not the entity: that loads its afwijzingsredenen with a query per PIP.
     */
    interface Stand {
        String getBsn();

        Long getVolgnummer();

        Registratiestatus getStatus();

        Instant getVastgesteldOp();
    }

    /**
     * The PIPs of these persons in this gemeente, the persons as one array: the SQL text is the same for any number of
     * them (decision 0051).
     */
    @Query(nativeQuery = true, value = "select bsn, volgnummer, status, vastgesteld_op as \"vastgesteldOp\""
            + " from pip where gemeentecode = :gemeentecode and bsn = any(:bsns)")
    List<Stand> standenVoorPersonen(String gemeentecode, String[] bsns);

    default List<Stand> standenVoorPersonen(String gemeentecode, Collection<String> bsns) {
        return standenVoorPersonen(gemeentecode, bsns.toArray(String[]::new));
    }
}
