package nl.inburgering.gemeente.examenresultaat.persistence;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ExamenresultaatRepository extends JpaRepository<ExamenresultaatEntity, UUID> {

    Optional<ExamenresultaatEntity> findByBsnAndGemeentecodeAndOnderdeelAndNiveauAndExamendatum(String bsn,
            String gemeentecode, String onderdeel, String niveau, LocalDate examendatum);

    /** Every exam of the person in this gemeente, the latest exam first. */
    List<ExamenresultaatEntity> findByBsnAndGemeentecodeOrderByExamendatumDescOnderdeelAsc(String bsn,
            String gemeentecode);

    List<ExamenresultaatEntity> findByGemeentecodeAndBsnIn(String gemeentecode, Collection<String> bsns);
}
