package nl.inburgering.ind.verblijfsrecht.persistence;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface VerblijfsrechtwijzigingRepository extends JpaRepository<VerblijfsrechtwijzigingEntity, Long> {

    List<VerblijfsrechtwijzigingEntity> findByVNummerOrderByIdAsc(String vNummer);
}
