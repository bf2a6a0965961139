package nl.inburgering.ind.verblijfsrecht.persistence;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import nl.inburgering.platform.bsn.Bsn;

public interface VerblijfsvergunningRepository extends JpaRepository<VerblijfsvergunningEntity, String> {

    Optional<VerblijfsvergunningEntity> findByBsn(String bsn);

    /** The BSN only, without loading the entity (to read it under the person's lock afterwards). */
    @Query("select v.bsn from VerblijfsvergunningEntity v where v.vNummer = ?1")
    Optional<String> findBsnByVNummer(String vNummer);

    /** The vergunningen standing on the peildatum after V-nummer {@code na}, in V-nummer order (#22). */
    @Query("""
            select v from VerblijfsvergunningEntity v
            where v.ingangsdatum <= ?1 and v.beeindigdDoor is null and v.vNummer > ?2
            order by v.vNummer""")
    List<VerblijfsvergunningEntity> lopendOp(LocalDate peildatum, String na, Limit limit);

    default Optional<VerblijfsvergunningEntity> findByBsn(Bsn bsn) {
        return findByBsn(bsn.value());
    }
}
