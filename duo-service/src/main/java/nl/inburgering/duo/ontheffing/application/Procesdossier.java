package nl.inburgering.duo.ontheffing.application;

import java.util.List;

import org.springframework.stereotype.Component;

import nl.inburgering.duo.ontheffing.domain.Processtap;
import nl.inburgering.duo.ontheffing.persistence.OntheffingsaanvraagEntity;
import nl.inburgering.duo.ontheffing.persistence.OntheffingsstapEntity;
import nl.inburgering.duo.ontheffing.persistence.OntheffingsstapRepository;
import nl.inburgering.platform.bsn.Bsn;
import nl.inburgering.platform.verwerking.Verwerking;

/** The audit trail of an aanvraag om ontheffing (who, when, why of every step) and the aanvraag as it is shown. */
@Component
class Procesdossier {

    private final OntheffingsstapRepository stappen;

    Procesdossier(OntheffingsstapRepository stappen) {
        this.stappen = stappen;
    }

    void stap(Verwerking v, OntheffingsaanvraagEntity aanvraag, Processtap stap, String door, String toelichting) {
        stappen.save(new OntheffingsstapEntity(aanvraag.getId(), stap, door, v.nu(), toelichting));
    }

    Ontheffingsaanvraag weergave(OntheffingsaanvraagEntity a) {
        List<Ontheffingsaanvraag.Stap> gezet = stappen.findByAanvraagIdOrderById(a.getId()).stream()
                .map(s -> new Ontheffingsaanvraag.Stap(s.getStap(), s.getDoor(), s.getOp(), s.getToelichting()))
                .toList();
        return new Ontheffingsaanvraag(a.getId(), Bsn.of(a.getBsn()), a.getGrond(), a.getGevraagd(),
                a.getGevraagdeOnderdelen(), a.getDatumAanvraag(), a.getStatus(), a.getArts(),
                a.getEigenBijdrageGeind(), a.getVerklaringDatum(), a.getProcedureGevolgd(), a.getOordeel(),
                a.getSoort(), a.getOnderdelen(), a.getUrenBelastbaarheidParticipatieactiviteit(),
                a.getDatumBeschikking(), a.getTerugbetaald(), a.getArtsBetaaldOp(), a.getAdviesGemeente(),
                a.getAdviesGemeenteDatum(), a.isMachtigingMedischOnderzoek(), a.getMedischAdvies(), a.getNaarSzwOp(),
                gezet);
    }
}
