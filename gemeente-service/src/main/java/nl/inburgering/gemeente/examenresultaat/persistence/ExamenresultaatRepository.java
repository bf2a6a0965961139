package nl.inburgering.gemeente.examenresultaat.persistence;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ExamenresultaatRepository extends JpaRepository<ExamenresultaatEntity, UUID> {

    /** Every exam of the person in this gemeente, the latest exam first. */
    List<ExamenresultaatEntity> findByBsnAndGemeentecodeOrderByExamendatumDescOnderdeelAsc(String bsn,
            String gemeentecode);

    List<ExamenresultaatEntity> findByGemeentecodeAndBsnIn(String gemeentecode, Collection<String> bsns);
}
