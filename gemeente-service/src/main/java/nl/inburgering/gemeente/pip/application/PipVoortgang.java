package nl.inburgering.gemeente.pip.application;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BinaryOperator;
import java.util.function.Function;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.inburgering.gemeente.inburgeraar.application.Voortgang;
import nl.inburgering.gemeente.pip.persistence.InburgeringstermijnEntity;
import nl.inburgering.gemeente.pip.persistence.InburgeringstermijnRepository;
import nl.inburgering.gemeente.pip.persistence.PipEntity;
import nl.inburgering.gemeente.pip.persistence.PipRepository;

/** The werkvoorraad's view of the PIP and the termijn: the newest PIP and the newest #5 of each person on a page. */
@Component
class PipVoortgang implements Voortgang {

    private final PipRepository pips;
    private final InburgeringstermijnRepository termijnen;

    PipVoortgang(PipRepository pips, InburgeringstermijnRepository termijnen) {
        this.pips = pips;
        this.termijnen = termijnen;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, Stand> van(String gemeentecode, Collection<String> bsns) {
        Map<String, Stand> stand = new HashMap<>();
        if (bsns.isEmpty()) {
            return stand;
        }
        Map<String, PipEntity> actuelePip = new HashMap<>();
        pips.findByGemeentecodeAndBsnIn(gemeentecode, bsns)
                .forEach(pip -> actuelePip.merge(pip.getBsn(), pip, nieuwste(PipEntity::getVolgnummer)));
        Map<String, InburgeringstermijnEntity> actueleTermijn = new HashMap<>();
        termijnen.findByGemeentecodeAndBsnIn(gemeentecode, bsns).forEach(termijn -> actueleTermijn
                .merge(termijn.getBsn(), termijn, nieuwste(InburgeringstermijnEntity::getVolgnummer)));
        for (String bsn : bsns) {
            PipEntity pip = actuelePip.get(bsn);
            InburgeringstermijnEntity termijn = actueleTermijn.get(bsn);
            String status = pip == null ? null : pip.getStatus().name();
            LocalDate einde = termijn == null ? null : termijn.getEinddatum();
            stand.put(bsn, new Stand(status, einde));
        }
        return stand;
    }

    private static <T> BinaryOperator<T> nieuwste(Function<T, Long> volgnummer) {
        return BinaryOperator.maxBy(Comparator.comparing(volgnummer));
    }
}
