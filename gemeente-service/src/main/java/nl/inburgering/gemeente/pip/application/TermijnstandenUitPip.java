package nl.inburgering.gemeente.pip.application;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BinaryOperator;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.inburgering.gemeente.pip.api.Termijnstanden;
import nl.inburgering.gemeente.pip.domain.Registratiestatus;
import nl.inburgering.gemeente.pip.persistence.InburgeringstermijnEntity;
import nl.inburgering.gemeente.pip.persistence.InburgeringstermijnRepository;
import nl.inburgering.gemeente.pip.persistence.PipRepository;
import nl.inburgering.platform.bsn.Bsn;

/** The PIP feature's answer to {@link Termijnstanden}: two queries per page. */
@Component
class TermijnstandenUitPip implements Termijnstanden {

    private final PipRepository pips;
    private final InburgeringstermijnRepository termijnen;

    TermijnstandenUitPip(PipRepository pips, InburgeringstermijnRepository termijnen) {
        this.pips = pips;
        this.termijnen = termijnen;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Bsn, Termijnstand> voor(String gemeentecode, Collection<Bsn> bsns) {
        Map<Bsn, Termijnstand> standen = new HashMap<>();
        if (bsns.isEmpty()) {
            return standen;
        }
        List<String> waarden = bsns.stream().map(Bsn::value).toList();
        Map<String, List<Registratiestatus>> statussen = new HashMap<>();
        pips.standenVoorPersonen(gemeentecode, waarden).forEach(pip -> statussen
                .computeIfAbsent(pip.getBsn(), b -> new java.util.ArrayList<>()).add(pip.getStatus()));
        Map<String, InburgeringstermijnEntity> actueel = new HashMap<>();
        termijnen.voorPersonen(gemeentecode, bsns).forEach(termijn -> actueel.merge(termijn.getBsn(),
                termijn, BinaryOperator.maxBy(Comparator.comparing(InburgeringstermijnEntity::getVolgnummer))));
        for (Bsn bsn : bsns) {
            InburgeringstermijnEntity termijn = actueel.get(bsn.value());
            standen.put(bsn, new Termijnstand(termijn == null ? null : termijn.getEinddatum(),
                    termijn == null ? null : termijn.getDatum(),
                    Registratiestatus.eenNietAfgewezen(statussen.getOrDefault(bsn.value(), List.of()))));
        }
        return standen;
    }
}
