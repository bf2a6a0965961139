package nl.inburgering.gemeente.intake.persistence;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface KlaargezetteToetsRepository extends JpaRepository<KlaargezetteToetsEntity, Long> {

    /** The current toets: the one DUO set ready last. */
    Optional<KlaargezetteToetsEntity> findFirstByBsnAndGemeentecodeOrderByVolgnummerDesc(String bsn,
            String gemeentecode);

    /** The first toets as the plicht announced it, still without DUO's #6. */
    Optional<KlaargezetteToetsEntity> findFirstByBsnAndGemeentecodeAndUitInburgeringsplichtTrueAndExamennummerIsNull(
            String bsn, String gemeentecode);

    boolean existsByBsnAndGemeentecodeAndExamennummer(String bsn, String gemeentecode, String examennummer);
}
