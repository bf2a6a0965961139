package nl.inburgering.ind.verblijfsrecht.persistence;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import nl.inburgering.platform.bsn.Bsn;

public interface VerblijfsvergunningRepository extends JpaRepository<VerblijfsvergunningEntity, String> {

    Optional<VerblijfsvergunningEntity> findByBsn(String bsn);

    /** The BSN only, without loading the entity (to read it under the person's lock afterwards). */
    @Query("select v.bsn from VerblijfsvergunningEntity v where v.vNummer = ?1")
    Optional<String> findBsnByVNummer(String vNummer);

    default Optional<VerblijfsvergunningEntity> findByBsn(Bsn bsn) {
        return findByBsn(bsn.value());
    }
}
