package nl.inburgering.ind.verblijfsrecht.persistence;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

import nl.inburgering.platform.bsn.Bsn;

public interface BrpInschrijvingRepository extends JpaRepository<BrpInschrijvingEntity, String> {

    default Optional<BrpInschrijvingEntity> findByBsn(Bsn bsn) {
        return findById(bsn.value());
    }
}
