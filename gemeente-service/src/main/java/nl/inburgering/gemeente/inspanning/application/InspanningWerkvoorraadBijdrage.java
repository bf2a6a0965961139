package nl.inburgering.gemeente.inspanning.application;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.inburgering.gemeente.inburgeraar.api.WerkvoorraadBijdrage;
import nl.inburgering.gemeente.inspanning.domain.VerzuimHandhavingPolicy;
import nl.inburgering.gemeente.inspanning.persistence.InspanningEntity;
import nl.inburgering.gemeente.inspanning.persistence.InspanningRepository;
import nl.inburgering.gemeente.inspanning.persistence.VerzuimMaatregelEntity;
import nl.inburgering.gemeente.inspanning.persistence.VerzuimMaatregelRepository;
import nl.inburgering.platform.bsn.Bsn;

/**
 * The inspanning feature's columns on the werkvoorraad (seed §5, §9.2): {@code instelling}, the instellingsnummer of
 * the instelling that reported last, and {@code verzuimSignaal}: ONGEOORLOOFD_VERZUIM (reported, no waarschuwing
 * yet), GEWAARSCHUWD (a boete is possible) or null. Two queries per page, whatever its length.
 */
@Component
class InspanningWerkvoorraadBijdrage implements WerkvoorraadBijdrage {

    static final String INSTELLING = "instelling";
    static final String VERZUIM_SIGNAAL = "verzuimSignaal";

    private final InspanningRepository inspanningen;
    private final VerzuimMaatregelRepository maatregelen;

    InspanningWerkvoorraadBijdrage(InspanningRepository inspanningen, VerzuimMaatregelRepository maatregelen) {
        this.inspanningen = inspanningen;
        this.maatregelen = maatregelen;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Bsn, Map<String, Object>> voor(String gemeentecode, Collection<Bsn> bsns) {
        Map<Bsn, Map<String, Object>> kolommen = new HashMap<>();
        if (bsns.isEmpty()) {
            return kolommen;
        }
        Map<String, List<InspanningEntity>> standen = Verzuimstanden.perBsn(
                inspanningen.voorPersonen(gemeentecode, bsns));
        Map<String, List<VerzuimMaatregelEntity>> gegeven = maatregelen.voorPersonen(gemeentecode, bsns)
                .stream().sorted(java.util.Comparator.comparing(VerzuimMaatregelEntity::getVolgnummer))
                .collect(Collectors.groupingBy(VerzuimMaatregelEntity::getBsn));
        standen.forEach((bsn, vanPersoon) -> {
            Map<String, Object> rij = new HashMap<>();
            rij.put(INSTELLING, Verzuimstanden.laatsteInstelling(vanPersoon).orElse(null));
            rij.put(VERZUIM_SIGNAAL, VerzuimHandhavingPolicy.signaal(List.copyOf(Verzuimstanden
                    .perInstelling(vanPersoon, gegeven.getOrDefault(bsn, List.of())).values()))
                    .map(Enum::name).orElse(null));
            kolommen.put(Bsn.of(bsn), rij);
        });
        return kolommen;
    }

    /** This chapter gives columns only, no signal and not the termijn: the signal index does not need it. */
    @Override
    public boolean nodigVoorDeSignaalindex() {
        return false;
    }
}
