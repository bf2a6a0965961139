package nl.inburgering.duo.lening.application;

import java.util.UUID;

import org.springframework.stereotype.Component;

import nl.inburgering.duo.lening.domain.Gebeurtenis;
import nl.inburgering.duo.lening.persistence.LeningEntity;
import nl.inburgering.duo.lening.persistence.LeningFactuurEntity;
import nl.inburgering.duo.lening.persistence.LeningFactuurRepository;
import nl.inburgering.duo.lening.persistence.LeninghistorieEntity;
import nl.inburgering.duo.lening.persistence.LeninghistorieRepository;
import nl.inburgering.platform.bsn.Bsn;
import nl.inburgering.platform.verwerking.Verwerking;

/** Writes the history of a lening (who, when, why) and reads a lening with its facturen and history. */
@Component
class Leningdossier {

    static final String SYSTEEM = "systeem";

    private final LeninghistorieRepository historie;
    private final LeningFactuurRepository facturen;

    Leningdossier(LeninghistorieRepository historie, LeningFactuurRepository facturen) {
        this.historie = historie;
        this.facturen = facturen;
    }

    void leg(Verwerking v, UUID leningId, UUID factuurId, Gebeurtenis gebeurtenis, String door, String toelichting) {
        historie.save(new LeninghistorieEntity(leningId, factuurId, gebeurtenis, door, v.nu(), toelichting));
    }

    Lening weergave(LeningEntity l) {
        return new Lening(l.getId(), Bsn.of(l.getBsn()), l.getStatus(), l.getGevraagdBedrag(), l.getDatumAanvraag(),
                l.getToegekendBedrag(), l.getBesteedBedrag(), l.restant(), l.getRedenenAfwijzing(),
                l.getDatumBeslissing(), l.getDatumEindeRecht(), l.getRedenEindeRecht(), l.getJaarinkomen(),
                l.getTermijnbedrag(), l.getAantalTermijnen(), l.getIncassoVanaf(),
                facturen.findByLeningIdOrderByOntvangenOp(l.getId()).stream().map(Leningdossier::factuur).toList(),
                historie.findByLeningIdOrderById(l.getId()).stream().map(h -> new Lening.Historie(h.getGebeurtenis(),
                        h.getFactuurId(), h.getDoor(), h.getOp(), h.getToelichting())).toList());
    }

    private static Lening.Factuur factuur(LeningFactuurEntity f) {
        return new Lening.Factuur(f.getId(), f.getInstellingsnummer(), f.getFactuurnummer(), f.getLeerroute(),
                f.getNiveau(), f.getOmschrijving(), f.getBedrag(), f.getFactuurdatum(), f.getStatus(),
                f.getGoedkeuring(), f.getGoedgekeurdOp(), f.getBedragBetaalbaar(), f.getRedenenAfwijzing(),
                f.getDatumBeoordeling(), f.getBetaaldOp());
    }
}
