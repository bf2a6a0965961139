package nl.inburgering.instelling.examen.persistence;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

import nl.inburgering.instelling.examen.domain.Examenresultaat.Examenniveau;
import nl.inburgering.instelling.examen.domain.Examenresultaat.Examenonderdeel;
import nl.inburgering.instelling.examen.domain.Examenresultaat.Examenuitslag;

public interface ExamenresultaatRepository extends JpaRepository<ExamenresultaatEntity, UUID> {

    List<ExamenresultaatEntity> findByInstellingsnummerAndBsnOrderByExamendatumDescOntvangenOpDesc(
            String instellingsnummer, String bsn);

    /** The same uitslag delivered again (a herlevering with a new id) is kept once. */
    boolean existsByInstellingsnummerAndBsnAndOnderdeelAndNiveauAndExamendatumAndUitslag(String instellingsnummer,
            String bsn, Examenonderdeel onderdeel, Examenniveau niveau, LocalDate examendatum, Examenuitslag uitslag);
}
