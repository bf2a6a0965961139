package nl.inburgering.gemeente.inburgeraar.application;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import nl.inburgering.gemeente.inburgeraar.api.EigenInburgeraar;
import nl.inburgering.gemeente.inburgeraar.api.Inburgeraar;
import nl.inburgering.gemeente.inburgeraar.api.Vertrekvenster;
import nl.inburgering.gemeente.inburgeraar.persistence.InburgeraarEntity;
import nl.inburgering.gemeente.inburgeraar.persistence.InburgeraarRepository;
import nl.inburgering.platform.bsn.Bsn;
import nl.inburgering.platform.web.NietGevondenException;

/** The core's answer to {@link EigenInburgeraar}: the inburgeraar table, always within one gemeente. */
@Component
class EigenInburgeraarOpzoeken implements EigenInburgeraar {

    private final InburgeraarRepository inburgeraars;
    private final ObjectProvider<Vertrekvenster> vertrekvenster;

    EigenInburgeraarOpzoeken(InburgeraarRepository inburgeraars, ObjectProvider<Vertrekvenster> vertrekvenster) {
        this.inburgeraars = inburgeraars;
        this.vertrekvenster = vertrekvenster;
    }

    /**
     * Also the person who moved away from this gemeente, by the id it knew him by, while its {@link Vertrekvenster}
     * is open (issue 16): the gemeente still delivers #17/#18 for him; he shows as this gemeente's, with that id.
     */
    @Override
    public Inburgeraar vind(String gemeentecode, UUID inburgeraarId) {
        return inburgeraars.findByIdAndGemeentecode(inburgeraarId, gemeentecode)
                .map(EigenInburgeraarOpzoeken::alsInburgeraar)
                .or(() -> inburgeraars.findByVorigeIdAndVorigeGemeentecode(inburgeraarId, gemeentecode)
                        .filter(e -> vertrekvenster.stream().anyMatch(
                                venster -> venster.magNogActualiseren(Bsn.of(e.getBsn()), gemeentecode)))
                        .map(e -> vertrokken(e, gemeentecode)))
                .orElseThrow(() -> new NietGevondenException(ONBEKENDE_INBURGERAAR));
    }

    private static Inburgeraar vertrokken(InburgeraarEntity e, String gemeentecode) {
        return new Inburgeraar(e.getVorigeId(), Bsn.of(e.getBsn()), gemeentecode, e.getGeboortedatum(),
                e.getDoelgroep(), e.getGedetailleerdeDoelgroep(), e.getBegindatumInburgeringsplicht(),
                e.getDatumVaststelling(), e.isLeerbaarheidstoetsKlaargezet(), e.getOntvangenOp());
    }

    @Override
    public Optional<Inburgeraar> inGemeente(Bsn bsn, String gemeentecode) {
        return inburgeraars.findByBsnAndGemeentecode(bsn.value(), gemeentecode)
                .map(EigenInburgeraarOpzoeken::alsInburgeraar);
    }

    @Override
    public Map<Bsn, UUID> ids(String gemeentecode, Collection<Bsn> bsns) {
        if (bsns.isEmpty()) {
            return Map.of();
        }
        return inburgeraars.voorPersonen(gemeentecode, bsns).stream()
                .collect(Collectors.toMap(e -> Bsn.of(e.getBsn()), InburgeraarEntity::getId));
    }

    @Override
    public List<Inburgeraar> inGemeente(String gemeentecode, Collection<Bsn> bsns) {
        if (bsns.isEmpty()) {
            return List.of();
        }
        return inburgeraars.voorPersonen(gemeentecode, bsns).stream()
                .map(EigenInburgeraarOpzoeken::alsInburgeraar).toList();
    }

    static Inburgeraar alsInburgeraar(InburgeraarEntity e) {
        return new Inburgeraar(e.getId(), Bsn.of(e.getBsn()), e.getGemeentecode(), e.getGeboortedatum(),
                e.getDoelgroep(), e.getGedetailleerdeDoelgroep(), e.getBegindatumInburgeringsplicht(),
                e.getDatumVaststelling(), e.isLeerbaarheidstoetsKlaargezet(), e.getOntvangenOp());
    }
}
