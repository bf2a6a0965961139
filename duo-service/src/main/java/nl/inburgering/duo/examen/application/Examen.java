package nl.inburgering.duo.examen.application;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import nl.inburgering.duo.examen.domain.Examenstatus;
import nl.inburgering.duo.examen.domain.Niveau;
import nl.inburgering.duo.examen.domain.Onderdeel;
import nl.inburgering.duo.examen.domain.RedenGeenResultaat;
import nl.inburgering.duo.examen.domain.Uitslag;
import nl.inburgering.duo.examen.persistence.ExamenEntity;

/**
 * An examen as the use cases answer it.
 *
 * @param geleverdAanGemeente      the gemeente that received the #13, null before the uitslag (or without a gemeente)
 * @param geleverdAanInstellingen  the instellingen that received it
 */
public record Examen(UUID id, Onderdeel onderdeel, Niveau niveau, Examenstatus status, LocalDate examendatum,
        Uitslag uitslag, RedenGeenResultaat redenGeenResultaat, LocalDate datumDefinitieveUitslag,
        String geleverdAanGemeente, List<String> geleverdAanInstellingen) {

    static Examen van(ExamenEntity e) {
        return new Examen(e.getId(), e.getOnderdeel(), e.getNiveau(), e.getStatus(), e.getExamendatum(),
                e.getUitslag(), e.getRedenGeenResultaat(), e.getDatumDefinitieveUitslag(), e.getGeleverdAanGemeente(),
                e.getGeleverdAanInstellingen());
    }
}
