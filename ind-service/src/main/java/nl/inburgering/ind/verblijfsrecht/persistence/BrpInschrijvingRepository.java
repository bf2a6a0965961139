package nl.inburgering.ind.verblijfsrecht.persistence;

import org.springframework.data.jpa.repository.JpaRepository;

public interface BrpInschrijvingRepository extends JpaRepository<BrpInschrijvingEntity, String> {
}
