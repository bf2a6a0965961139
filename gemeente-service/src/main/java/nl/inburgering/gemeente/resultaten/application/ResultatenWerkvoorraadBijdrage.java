package nl.inburgering.gemeente.resultaten.application;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.inburgering.gemeente.inburgeraar.api.WerkvoorraadBijdrage;
import nl.inburgering.gemeente.resultaten.domain.Onderdeel;
import nl.inburgering.gemeente.resultaten.domain.Resultaatstatus;
import nl.inburgering.gemeente.resultaten.persistence.ResultaatRepository;
import nl.inburgering.platform.bsn.Bsn;

/**
 * The leerroute's results on the werkvoorraad (seed §5-§7): where the PVT ({@code statusPvt}), the MAP
 * ({@code statusMap}) and the Z-route ({@code statusZroute}) stand at DUO: VERZONDEN, GEREGISTREERD, AFGEWEZEN or
 * INGETROKKEN, null when nothing was recorded. The Z-route has two onderdelen; its column shows the one that asks
 * for the caseworker first: a rejection, else one waiting for DUO, else the eindgesprek's status (the afronding),
 * else the participatie's. One query per page.
 */
@Component
class ResultatenWerkvoorraadBijdrage implements WerkvoorraadBijdrage {

    static final String STATUS_PVT = "statusPvt";
    static final String STATUS_MAP = "statusMap";
    static final String STATUS_ZROUTE = "statusZroute";

    private final ResultaatRepository resultaten;

    ResultatenWerkvoorraadBijdrage(ResultaatRepository resultaten) {
        this.resultaten = resultaten;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Bsn, Map<String, Object>> voor(String gemeentecode, Collection<Bsn> bsns) {
        Map<Bsn, Map<String, Object>> kolommen = new HashMap<>();
        if (bsns.isEmpty()) {
            return kolommen;
        }
        Map<String, Map<Onderdeel, Resultaatstatus>> perPersoon = new HashMap<>();
        for (ResultaatRepository.Stand r : resultaten.standenVoorPersonen(gemeentecode,
                bsns.stream().map(Bsn::value).toList())) {
            perPersoon.computeIfAbsent(r.getBsn(), b -> new HashMap<>()).put(r.getOnderdeel(), r.getStatus());
        }
        for (Bsn bsn : bsns) {
            Map<Onderdeel, Resultaatstatus> standen = perPersoon.getOrDefault(bsn.value(), Map.of());
            Map<String, Object> rij = new HashMap<>();
            rij.put(STATUS_PVT, naam(standen.get(Onderdeel.PVT)));
            rij.put(STATUS_MAP, naam(standen.get(Onderdeel.MAP)));
            rij.put(STATUS_ZROUTE, naam(zroute(standen.get(Onderdeel.ZROUTE_PARTICIPATIE),
                    standen.get(Onderdeel.ZROUTE_EINDGESPREK))));
            kolommen.put(bsn, rij);
        }
        return kolommen;
    }

    static Resultaatstatus zroute(Resultaatstatus participatie, Resultaatstatus eindgesprek) {
        List<Resultaatstatus> beide = java.util.stream.Stream.of(participatie, eindgesprek)
                .filter(java.util.Objects::nonNull).toList();
        if (beide.contains(Resultaatstatus.AFGEWEZEN)) {
            return Resultaatstatus.AFGEWEZEN;
        }
        if (beide.contains(Resultaatstatus.VERZONDEN)) {
            return Resultaatstatus.VERZONDEN;
        }
        return eindgesprek != null ? eindgesprek : participatie;
    }

    private static String naam(Resultaatstatus status) {
        return status == null ? null : status.name();
    }

    /** This chapter gives columns only, no signal and not the termijn: the signal index does not need it. */
    @Override
    public boolean nodigVoorDeSignaalindex() {
        return false;
    }
}
