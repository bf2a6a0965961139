package nl.inburgering.ind.verblijfsrecht.persistence;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

import nl.inburgering.platform.bsn.Bsn;

public interface VerblijfsvergunningRepository extends JpaRepository<VerblijfsvergunningEntity, String> {

    Optional<VerblijfsvergunningEntity> findByBsn(String bsn);

    default Optional<VerblijfsvergunningEntity> findByBsn(Bsn bsn) {
        return findByBsn(bsn.value());
    }
}
