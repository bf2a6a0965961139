package nl.inburgering.duo.dossier.persistence;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface InburgeringsplichtRepository extends JpaRepository<InburgeringsplichtEntity, String> {

    /** Persons who turn 18 (or otherwise become plichtig) on or before {@code datum}. */
    List<InburgeringsplichtEntity> findTop100ByStatusAndBegindatumLessThanEqualOrderByBegindatum(
            InburgeringsplichtEntity.Status status, LocalDate datum);
}
