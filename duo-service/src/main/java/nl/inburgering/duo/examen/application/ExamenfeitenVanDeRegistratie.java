package nl.inburgering.duo.examen.application;

import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.inburgering.duo.examen.api.Examenfeiten;
import nl.inburgering.duo.examen.persistence.ExamenEntity;
import nl.inburgering.duo.examen.persistence.ExamenRepository;
import nl.inburgering.platform.bsn.Bsn;

/** {@link Examenfeiten} from the exams DUO registered; read within the caller's verwerking. */
@Component
@Transactional(readOnly = true)
class ExamenfeitenVanDeRegistratie implements Examenfeiten {

    private final ExamenRepository examens;

    ExamenfeitenVanDeRegistratie(ExamenRepository examens) {
        this.examens = examens;
    }

    @Override
    public List<Examen> examens(Bsn bsn) {
        return examens.findByBsnOrderByAangemeldOpAsc(bsn.value()).stream().map(this::alsExamen).toList();
    }

    private Examen alsExamen(ExamenEntity e) {
        return new Examen(onderdeel(e.getOnderdeel()), e.getNiveau() == null ? null : niveau(e.getNiveau()),
                e.getExamendatum(), e.getUitslag() == null ? null : uitslag(e.getUitslag()),
                e.getDatumDefinitieveUitslag());
    }

    private static Onderdeel onderdeel(nl.inburgering.duo.examen.domain.Onderdeel o) {
        return switch (o) {
            case KNM -> Onderdeel.KNM;
            case LE -> Onderdeel.LE;
            case LU -> Onderdeel.LU;
            case SC -> Onderdeel.SC;
            case SP -> Onderdeel.SP;
        };
    }

    private static Niveau niveau(nl.inburgering.duo.examen.domain.Niveau n) {
        return switch (n) {
            case A2 -> Niveau.A2;
            case B1 -> Niveau.B1;
            case B2 -> Niveau.B2;
        };
    }

    private static Uitslag uitslag(nl.inburgering.duo.examen.domain.Uitslag u) {
        return switch (u) {
            case GESLAAGD -> Uitslag.GESLAAGD;
            case GEZAKT -> Uitslag.GEZAKT;
            case GEEN -> Uitslag.GEEN;
        };
    }
}
