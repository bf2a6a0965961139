package nl.inburgering.coa.bewoner.persistence;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

import nl.inburgering.platform.bsn.Bsn;

public interface InburgeringsplichtRepository extends JpaRepository<InburgeringsplichtEntity, String> {

    default Optional<InburgeringsplichtEntity> findByBsn(Bsn bsn) {
        return findById(bsn.value());
    }

    /** Whether DUO delivered #3 with COA as receiver for this person. */
    default boolean ontvangenVoor(Bsn bsn) {
        return existsById(bsn.value());
    }
}
