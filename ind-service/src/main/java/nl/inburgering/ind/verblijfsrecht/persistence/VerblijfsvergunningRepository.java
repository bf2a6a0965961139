package nl.inburgering.ind.verblijfsrecht.persistence;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface VerblijfsvergunningRepository extends JpaRepository<VerblijfsvergunningEntity, String> {

    Optional<VerblijfsvergunningEntity> findByBsn(String bsn);
}
