package nl.inburgering.gemeente.pip.application;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BinaryOperator;
import java.util.function.Function;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.inburgering.gemeente.inburgeraar.api.WerkvoorraadBijdrage;
import nl.inburgering.gemeente.pip.persistence.InburgeringstermijnEntity;
import nl.inburgering.gemeente.pip.persistence.InburgeringstermijnRepository;
import nl.inburgering.gemeente.pip.persistence.PipRepository;
import nl.inburgering.platform.bsn.Bsn;

/**
 * The PIP feature's columns on the werkvoorraad (seed §4): where his actuele PIP stands at DUO ({@code statusPip}:
 * VERZONDEN, GEREGISTREERD or AFGEWEZEN; null without PIP) and the last day of the termijn DUO set
 * ({@code einddatumInburgeringstermijn}; null before DUO set one) with DUO's reden when it changed it (#5 gewijzigd,
 * {@code redenWijzigingInburgeringstermijn}, e.g. VERLENGING_OP_VERZOEK). Two queries per page, whatever its length.
 */
@Component
class PipWerkvoorraadBijdrage implements WerkvoorraadBijdrage {

    static final String STATUS_PIP = "statusPip";
    static final String EINDDATUM_INBURGERINGSTERMIJN = "einddatumInburgeringstermijn";
    static final String REDEN_WIJZIGING_INBURGERINGSTERMIJN = "redenWijzigingInburgeringstermijn";

    private final PipRepository pips;
    private final InburgeringstermijnRepository termijnen;

    PipWerkvoorraadBijdrage(PipRepository pips, InburgeringstermijnRepository termijnen) {
        this.pips = pips;
        this.termijnen = termijnen;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Bsn, Map<String, Object>> voor(String gemeentecode, Collection<Bsn> bsns) {
        Map<Bsn, Map<String, Object>> kolommen = new HashMap<>();
        if (bsns.isEmpty()) {
            return kolommen;
        }
        List<String> waarden = bsns.stream().map(Bsn::value).toList();
        Map<String, PipRepository.Stand> actuelePip = new HashMap<>();
        pips.standenVoorPersonen(gemeentecode, waarden)
                .forEach(pip -> actuelePip.merge(pip.getBsn(), pip, nieuwste(PipRepository.Stand::getVolgnummer)));
        Map<String, InburgeringstermijnEntity> actueleTermijn = new HashMap<>();
        termijnen.voorPersonen(gemeentecode, bsns).forEach(termijn -> actueleTermijn
                .merge(termijn.getBsn(), termijn, nieuwste(InburgeringstermijnEntity::getVolgnummer)));
        for (Bsn bsn : bsns) {
            PipRepository.Stand pip = actuelePip.get(bsn.value());
            InburgeringstermijnEntity termijn = actueleTermijn.get(bsn.value());
            Map<String, Object> rij = new HashMap<>();
            rij.put(STATUS_PIP, pip == null ? null : pip.getStatus().name());
            rij.put(EINDDATUM_INBURGERINGSTERMIJN, termijn == null ? null : (LocalDate) termijn.getEinddatum());
            rij.put(REDEN_WIJZIGING_INBURGERINGSTERMIJN, termijn == null ? null : termijn.getRedenWijziging());
            kolommen.put(bsn, rij);
        }
        return kolommen;
    }

    private static <T> BinaryOperator<T> nieuwste(Function<T, Long> volgnummer) {
        return BinaryOperator.maxBy(Comparator.comparing(volgnummer));
    }
}
