package nl.inburgering.gemeente.intake.persistence;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface KlaargezetteToetsRepository extends JpaRepository<KlaargezetteToetsEntity, Long> {

    /** The current toets: the one DUO set ready last. */
    Optional<KlaargezetteToetsEntity> findFirstByBsnAndGemeentecodeOrderByVolgnummerDesc(String bsn,
            String gemeentecode);

    /** Every toets set ready for the person in this gemeente, in the order of arrival. */
    List<KlaargezetteToetsEntity> findByBsnAndGemeentecodeOrderByVolgnummerAsc(String bsn, String gemeentecode);
}
