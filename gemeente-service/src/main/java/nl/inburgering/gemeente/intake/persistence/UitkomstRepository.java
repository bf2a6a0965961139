package nl.inburgering.gemeente.intake.persistence;

import java.time.LocalDate;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface UitkomstRepository extends JpaRepository<UitkomstEntity, Long> {

    /** The latest uitkomst: the toets taken last, and of those the one DUO delivered last. */
    Optional<UitkomstEntity> findFirstByBsnAndGemeentecodeOrderByDatumAfnameDescVolgnummerDesc(String bsn,
            String gemeentecode);

    boolean existsByBsnAndGemeentecodeAndDatumAfnameGreaterThanEqual(String bsn, String gemeentecode,
            LocalDate datum);
}
