package nl.inburgering.duo.examen.application;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.inburgering.duo.examen.domain.Examenstatus;
import nl.inburgering.duo.examen.domain.GratisPogingenPolicy;
import nl.inburgering.duo.examen.domain.Onderdeel;
import nl.inburgering.duo.examen.persistence.ExamenEntity;
import nl.inburgering.duo.examen.persistence.ExamenRepository;
import nl.inburgering.platform.bsn.Bsn;
import nl.inburgering.platform.logboek.Verwerkingsactiviteit;
import nl.inburgering.platform.verwerking.Persoonsverwerking;
import nl.inburgering.platform.web.NietGevondenException;

/** Reading examens: one for the backoffice, a person's resultaten and gratis pogingen for the M2M Examen API. */
@Service
@Transactional(readOnly = true)
public class ExamensRaadplegen {

    static final Verwerkingsactiviteit RAADPLEGEN = new Verwerkingsactiviteit(
            "https://inburgering.nl/verwerkingsactiviteiten/duo/examen-raadplegen", "Examens raadplegen");

    private final ExamenRepository examens;
    private final GratisPogingen gratis;
    private final Persoonsverwerking verwerking;

    ExamensRaadplegen(ExamenRepository examens, GratisPogingen gratis, Persoonsverwerking verwerking) {
        this.examens = examens;
        this.gratis = gratis;
        this.verwerking = verwerking;
    }

    public Examen examen(UUID id) {
        ExamenEntity examen = examens.findById(id)
                .orElseThrow(() -> new NietGevondenException("DUO kent dit examen niet."));
        return verwerking.raadpleeg(RAADPLEGEN, Bsn.of(examen.getBsn()), () -> Examen.van(examen));
    }

    /** The definitive uitslagen, by examendatum. */
    public List<Examen> resultaten(Bsn bsn) {
        return verwerking.raadpleeg(RAADPLEGEN, bsn, () -> uitslagen(bsn).stream().map(Examen::van).toList());
    }

    /** Per onderdeel, in the API's order (KNM, LE, LU, SC, SP). */
    public Map<Onderdeel, Integer> gratisPogingen(Bsn bsn) {
        return verwerking.raadpleeg(RAADPLEGEN, bsn, () -> GratisPogingenPolicy.tegoed(gratis.perOnderdeel(),
                uitslagen(bsn).stream().map(e -> new GratisPogingenPolicy.Poging(e.getOnderdeel(), e.getUitslag(),
                        e.getRedenGeenResultaat())).toList()));
    }

    private List<ExamenEntity> uitslagen(Bsn bsn) {
        return examens.findByBsnOrderByAangemeldOpAsc(bsn.value()).stream()
                .filter(e -> e.getStatus() == Examenstatus.UITSLAG)
                .sorted(Comparator.comparing(ExamenEntity::getExamendatum)).toList();
    }
}
