package nl.inburgering.coa.bewoner.persistence;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

import nl.inburgering.platform.bsn.Bsn;

public interface InburgeringsplichtRepository extends JpaRepository<InburgeringsplichtEntity, String> {

    default Optional<InburgeringsplichtEntity> findByBsn(Bsn bsn) {
        return findById(bsn.value());
    }

    /**
     * Whether DUO delivered #3 with COA as receiver for this person and the plicht still runs: after #3 beëindigd
     * (issue 15) COA no longer koppelt him to a gemeente, so no klantprofiel is owed for him any more.
     */
    default boolean ontvangenVoor(Bsn bsn) {
        return findById(bsn.value()).filter(plicht -> !plicht.isBeeindigd()).isPresent();
    }
}
