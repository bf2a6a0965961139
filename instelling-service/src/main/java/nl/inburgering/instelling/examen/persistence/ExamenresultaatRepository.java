package nl.inburgering.instelling.examen.persistence;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ExamenresultaatRepository extends JpaRepository<ExamenresultaatEntity, UUID> {

    List<ExamenresultaatEntity> findByInstellingsnummerAndBsnOrderByExamendatumDescOntvangenOpDesc(
            String instellingsnummer, String bsn);
}
