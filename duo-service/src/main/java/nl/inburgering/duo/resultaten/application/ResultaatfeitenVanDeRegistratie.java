package nl.inburgering.duo.resultaten.application;

import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.inburgering.duo.resultaten.api.Resultaatfeiten;
import nl.inburgering.duo.resultaten.persistence.ResultaatEntity;
import nl.inburgering.duo.resultaten.persistence.ResultaatRepository;
import nl.inburgering.platform.bsn.Bsn;

/** {@link Resultaatfeiten} from the registered results; read within the caller's verwerking. */
@Component
@Transactional(readOnly = true)
class ResultaatfeitenVanDeRegistratie implements Resultaatfeiten {

    private final ResultaatRepository resultaten;

    ResultaatfeitenVanDeRegistratie(ResultaatRepository resultaten) {
        this.resultaten = resultaten;
    }

    @Override
    public List<Resultaat> resultaten(Bsn bsn) {
        return resultaten.findByBsn(bsn.value()).stream()
                .sorted(Comparator.comparing(ResultaatEntity::getOnderdeel))
                .map(r -> new Resultaat(onderdeel(r.getOnderdeel()), r.getDatum(), r.getVerwijtbaar(),
                        r.getGemeentecode()))
                .toList();
    }

    private static Onderdeel onderdeel(nl.inburgering.duo.resultaten.domain.Onderdeel o) {
        return switch (o) {
            case PVT -> Onderdeel.PVT;
            case MAP -> Onderdeel.MAP;
            case ZROUTE -> Onderdeel.ZROUTE;
            case PARTICIPATIE -> Onderdeel.PARTICIPATIE;
        };
    }
}
