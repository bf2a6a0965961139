package nl.inburgering.duo.leerbaarheidstoets.persistence;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

import nl.inburgering.duo.leerbaarheidstoets.domain.Toetsstatus;

public interface ToetsRepository extends JpaRepository<ToetsEntity, UUID> {

    Optional<ToetsEntity> findByExamennummer(String examennummer);

    /** The lopende toets of a person (at most one), newest first in case history left more. */
    Optional<ToetsEntity> findFirstByBsnAndStatusInOrderByKlaargezetOpDesc(String bsn, Collection<Toetsstatus> status);

    /**
     * The same for one status. A collection parameter makes Hibernate translate the query to SQL again on every
     * execution (its SQL is not reused); a single value does not, and this runs on every plicht DUO delivers.
     */
    Optional<ToetsEntity> findFirstByBsnAndStatusOrderByKlaargezetOpDesc(String bsn, Toetsstatus status);

    List<ToetsEntity> findByBsnAndStatusOrderByDatumAfnameAscUitkomstGeleverdOpAsc(String bsn, Toetsstatus status);

    List<ToetsEntity> findByBsnOrderByKlaargezetOpAsc(String bsn);
}
