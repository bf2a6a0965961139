package nl.inburgering.instelling.examen.application;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.inburgering.instelling.cursist.api.Cursist;
import nl.inburgering.instelling.cursist.api.EigenCursist;
import nl.inburgering.instelling.examen.domain.Examenresultaat;
import nl.inburgering.instelling.examen.persistence.ExamenresultaatEntity;
import nl.inburgering.instelling.examen.persistence.ExamenresultaatRepository;
import nl.inburgering.platform.logboek.Verwerkingsactiviteit;
import nl.inburgering.platform.verwerking.Persoonsverwerking;

/** The examenresultaten of a cursist of the medewerker's own instelling, latest exam first. */
@Service
@Transactional(readOnly = true)
public class ExamenresultatenRaadplegen {

    static final Verwerkingsactiviteit RAADPLEGEN = new Verwerkingsactiviteit(
            "https://inburgering.nl/verwerkingsactiviteiten/instelling/examenresultaten-raadplegen",
            "Examenresultaten van een cursist raadplegen");

    private final EigenCursist cursisten;
    private final ExamenresultaatRepository resultaten;
    private final Persoonsverwerking verwerking;

    ExamenresultatenRaadplegen(EigenCursist cursisten, ExamenresultaatRepository resultaten,
            Persoonsverwerking verwerking) {
        this.cursisten = cursisten;
        this.resultaten = resultaten;
        this.verwerking = verwerking;
    }

    public List<Examenresultaat> van(String instellingsnummer, UUID cursistId) {
        Cursist cursist = cursisten.vind(instellingsnummer, cursistId);
        return verwerking.raadpleeg(RAADPLEGEN, cursist.bsn(), () -> resultaten
                .findByInstellingsnummerAndBsnOrderByExamendatumDescOntvangenOpDesc(instellingsnummer,
                        cursist.bsn().value())
                .stream().map(ExamenresultaatEntity::alsResultaat).toList());
    }
}
