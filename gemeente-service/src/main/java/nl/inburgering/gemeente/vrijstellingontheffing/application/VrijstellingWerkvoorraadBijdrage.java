package nl.inburgering.gemeente.vrijstellingontheffing.application;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.inburgering.gemeente.inburgeraar.api.Signaal;
import nl.inburgering.gemeente.inburgeraar.api.Signaalsoort;
import nl.inburgering.gemeente.inburgeraar.api.WerkvoorraadBijdrage;
import nl.inburgering.gemeente.pip.api.PipMomenten;
import nl.inburgering.gemeente.vrijstellingontheffing.domain.Beslissing;
import nl.inburgering.gemeente.vrijstellingontheffing.domain.PipOpnieuwVaststellenPolicy;
import nl.inburgering.gemeente.vrijstellingontheffing.persistence.BeslissingEntity;
import nl.inburgering.gemeente.vrijstellingontheffing.persistence.BeslissingRepository;
import nl.inburgering.platform.bsn.Bsn;

/**
 * The signal {@code PIP_OPNIEUW_VASTSTELLEN} on the werkvoorraad ({@link PipOpnieuwVaststellenPolicy}): one query for
 * the decisions of the page, one for its PIPs. The core drops it once the plicht ended (decision 0031).
 */
@Component
class VrijstellingWerkvoorraadBijdrage implements WerkvoorraadBijdrage {

    private final BeslissingRepository beslissingen;
    private final PipMomenten pips;

    VrijstellingWerkvoorraadBijdrage(BeslissingRepository beslissingen, PipMomenten pips) {
        this.beslissingen = beslissingen;
        this.pips = pips;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Bsn, Map<String, Object>> voor(String gemeentecode, Collection<Bsn> bsns) {
        Map<Bsn, Map<String, Object>> kolommen = new HashMap<>();
        if (bsns.isEmpty()) {
            return kolommen;
        }
        Map<Bsn, List<Beslissing>> perPersoon = new HashMap<>();
        for (BeslissingEntity e : beslissingen.voorPersonen(gemeentecode, bsns)) {
            Beslissing b = e.beslissing();
            if (b.toegekend() && b.gedeeltelijk()) {
                perPersoon.computeIfAbsent(Bsn.of(e.getBsn()), x -> new java.util.ArrayList<>()).add(b);
            }
        }
        if (perPersoon.isEmpty()) {
            return kolommen;
        }
        Map<Bsn, Instant> laatstePip = pips.laatstePip(gemeentecode, perPersoon.keySet());
        perPersoon.forEach((bsn, zijne) -> PipOpnieuwVaststellenPolicy.signaalSinds(zijne, laatstePip.get(bsn))
                .ifPresent(sinds -> kolommen.put(bsn, Map.of(SIGNALEN,
                        List.of(new Signaal(Signaalsoort.PIP_OPNIEUW_VASTSTELLEN, sinds))))));
        return kolommen;
    }
}
