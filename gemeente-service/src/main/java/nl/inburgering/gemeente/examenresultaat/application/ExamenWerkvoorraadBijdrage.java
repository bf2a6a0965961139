package nl.inburgering.gemeente.examenresultaat.application;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.inburgering.gemeente.examenresultaat.domain.BehaaldeOnderdelen;
import nl.inburgering.gemeente.examenresultaat.persistence.ExamenresultaatEntity;
import nl.inburgering.gemeente.examenresultaat.persistence.ExamenresultaatRepository;
import nl.inburgering.gemeente.inburgeraar.api.WerkvoorraadBijdrage;
import nl.inburgering.platform.bsn.Bsn;

/**
 * The examenresultaat feature's column on the werkvoorraad: {@code examensBehaald}, the onderdelen he passed (KNM, LE,
 * LU, SC, SP in that order; empty before any). One query per page.
 */
@Component
class ExamenWerkvoorraadBijdrage implements WerkvoorraadBijdrage {

    static final String EXAMENS_BEHAALD = "examensBehaald";

    private final ExamenresultaatRepository resultaten;

    ExamenWerkvoorraadBijdrage(ExamenresultaatRepository resultaten) {
        this.resultaten = resultaten;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Bsn, Map<String, Object>> voor(String gemeentecode, Collection<Bsn> bsns) {
        Map<Bsn, Map<String, Object>> kolommen = new HashMap<>();
        if (bsns.isEmpty()) {
            return kolommen;
        }
        Map<String, List<ExamenresultaatEntity>> perBsn = resultaten
                .voorPersonen(gemeentecode, bsns).stream()
                .collect(Collectors.groupingBy(ExamenresultaatEntity::getBsn));
        for (Bsn bsn : bsns) {
            List<String> behaald = BehaaldeOnderdelen.van(perBsn.getOrDefault(bsn.value(), List.of()).stream()
                    .map(ExamenresultaatEntity::resultaat).toList());
            kolommen.put(bsn, new HashMap<>(Map.of(EXAMENS_BEHAALD, behaald)));
        }
        return kolommen;
    }

    /** This chapter gives columns only, no signal and not the termijn: the signal index does not need it. */
    @Override
    public boolean nodigVoorDeSignaalindex() {
        return false;
    }
}
