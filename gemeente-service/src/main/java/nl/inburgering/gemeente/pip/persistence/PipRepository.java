package nl.inburgering.gemeente.pip.persistence;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PipRepository extends JpaRepository<PipEntity, UUID> {

    /** Every PIP of the person in this gemeente, in the order it became known; the last is the actueel. */
    List<PipEntity> findByBsnAndGemeentecodeOrderByVolgnummerAsc(String bsn, String gemeentecode);

    /** The rows of a page of the werkvoorraad, for the newest per person. */
    List<PipEntity> findByGemeentecodeAndBsnIn(String gemeentecode, Collection<String> bsns);
}
