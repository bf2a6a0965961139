package nl.inburgering.gemeente.pip.persistence;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface InburgeringsaanbodRepository extends JpaRepository<InburgeringsaanbodEntity, UUID> {

    /** Every aanbod of the person in this gemeente, in the order it became known; the last is the current one. */
    List<InburgeringsaanbodEntity> findByBsnAndGemeentecodeOrderByVolgnummerAsc(String bsn, String gemeentecode);
}
