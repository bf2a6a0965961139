package nl.inburgering.gemeente.examenresultaat.persistence;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import nl.inburgering.platform.jpa.RijenVoorPersonen;

public interface ExamenresultaatRepository
        extends JpaRepository<ExamenresultaatEntity, UUID>, RijenVoorPersonen<ExamenresultaatEntity> {

    /** Every exam of the person in this gemeente, the latest exam first. */
    List<ExamenresultaatEntity> findByBsnAndGemeentecodeOrderByExamendatumDescOnderdeelAsc(String bsn,
            String gemeentecode);

    @Override
    @Query(nativeQuery = true,
            value = "select * from examenresultaat where gemeentecode = :gemeentecode and bsn = any(:bsns)")
    List<ExamenresultaatEntity> voorPersonen(String gemeentecode, String[] bsns);
}
