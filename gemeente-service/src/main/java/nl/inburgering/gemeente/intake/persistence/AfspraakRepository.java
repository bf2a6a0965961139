package nl.inburgering.gemeente.intake.persistence;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface AfspraakRepository extends JpaRepository<AfspraakEntity, UUID> {

    List<AfspraakEntity> findByBsnAndGemeentecodeOrderByDatumAscAangemaaktOpAsc(String bsn, String gemeentecode);

    Optional<AfspraakEntity> findByIdAndBsnAndGemeentecode(UUID id, String bsn, String gemeentecode);

    boolean existsByBsnAndGemeentecodeAndVerschenenIsNull(String bsn, String gemeentecode);

    /** The person appeared for this klaargezette toets, so he took it. */
    boolean existsByKlaargezetVolgnummerAndVerschenenTrue(Long klaargezetVolgnummer);

    List<AfspraakEntity> findByKlaargezetVolgnummer(Long klaargezetVolgnummer);

    long countByBsnAndGemeentecodeAndVerschenenFalse(String bsn, String gemeentecode);

    long countByBsnAndGemeentecode(String bsn, String gemeentecode);
}
