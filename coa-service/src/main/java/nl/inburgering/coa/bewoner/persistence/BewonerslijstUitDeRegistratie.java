package nl.inburgering.coa.bewoner.persistence;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.inburgering.coa.bewoner.api.Bewonerslijst;
import nl.inburgering.coa.bewoner.domain.Klantprofiel;

/** {@link Bewonerslijst} from the registered bewoners, their koppelingen and klantprofielen. */
@Component
class BewonerslijstUitDeRegistratie implements Bewonerslijst {

    private static final ZoneId NL = ZoneId.of("Europe/Amsterdam");
    private static final UUID EERSTE = new UUID(0, 0);

    private final BewonerRepository bewoners;
    private final KoppelingRepository koppelingen;
    private final KlantprofielRepository klantprofielen;

    BewonerslijstUitDeRegistratie(BewonerRepository bewoners, KoppelingRepository koppelingen,
            KlantprofielRepository klantprofielen) {
        this.bewoners = bewoners;
        this.koppelingen = koppelingen;
        this.klantprofielen = klantprofielen;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Voorinburgering> op(LocalDate peildatum, Optional<UUID> na, int aantal) {
        return bewoners.geregistreerdVoor(peildatum.plusDays(1).atStartOfDay(NL).toInstant(), na.orElse(EERSTE),
                Limit.of(aantal)).stream().map(b -> voorinburgering(b, peildatum)).toList();
    }

    private Voorinburgering voorinburgering(BewonerEntity bewoner, LocalDate peildatum) {
        Optional<KoppelingEntity> koppeling = koppelingen.findByBewonerIdOrderByGekoppeldOp(bewoner.getId()).stream()
                .filter(k -> !k.getDatumKoppeling().isAfter(peildatum))
                .max(Comparator.comparing(KoppelingEntity::getGekoppeldOp));
        Optional<Klantprofiel> profiel = klantprofielen.findByBewonerIdOrderByVersie(bewoner.getId()).stream()
                .filter(p -> !p.getDatumBijgewerkt().isAfter(peildatum))
                .reduce((eerder, later) -> later).map(KlantprofielEntity::alsDomein);
        boolean gevolgd = profiel.map(Klantprofiel::voorinburgeringGevolgd)
                .orElse(bewoner.getVoorinburgeringGeaccepteerd().orElse(false));
        int uren = profiel.map(Klantprofiel::urenVoorinburgering).filter(u -> u != null).orElse(0);
        return new Voorinburgering(bewoner.getId(), bewoner.getBsn(),
                koppeling.map(KoppelingEntity::getGemeentecode).orElse(null),
                koppeling.map(KoppelingEntity::getDatumKoppeling).orElse(null), gevolgd, uren);
    }
}
