package nl.inburgering.duo.monitoring.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.inburgering.duo.dossier.api.Dossier;
import nl.inburgering.duo.dossier.api.Dossierlijst;
import nl.inburgering.duo.handhaving.api.Boetes;
import nl.inburgering.duo.monitoring.domain.PlichtVoorCbs;
import nl.inburgering.duo.monitoring.domain.StandVanDePlichtPolicy;
import nl.inburgering.duo.pip.api.PipFeiten;
import nl.inburgering.platform.bsn.Bsn;
import nl.inburgering.platform.logboek.Verwerkingsactiviteit;
import nl.inburgering.platform.monitoring.Monitoringbron;

/** What DUO delivers to CBS on #22: every person whose plicht began by the peildatum (decision 0041). */
@Component
class PlichtVoorCbsLevering implements Monitoringbron {

    static final Verwerkingsactiviteit LEVEREN_AAN_CBS = new Verwerkingsactiviteit(
            "https://inburgering.nl/verwerkingsactiviteiten/duo/monitoring-leveren-aan-cbs",
            "Inburgeringsplicht leveren aan CBS (monitoring en evaluatie)");

    private final Dossierlijst dossiers;
    private final PipFeiten pip;
    private final Boetes boetes;

    PlichtVoorCbsLevering(Dossierlijst dossiers, PipFeiten pip, Boetes boetes) {
        this.dossiers = dossiers;
        this.pip = pip;
        this.boetes = boetes;
    }

    @Override
    public Verwerkingsactiviteit activiteit() {
        return LEVEREN_AAN_CBS;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Persoon> volgende(String na, int aantal, LocalDate peildatum) {
        return dossiers.metPlichtOp(peildatum, Optional.ofNullable(na).map(Bsn::of), aantal).stream()
                .map(d -> persoon(d, peildatum)).toList();
    }

    private Persoon persoon(Dossier d, LocalDate peildatum) {
        Bsn bsn = d.bsn();
        String leerroute = pip.actuelePip(bsn).map(p -> p.leerroute().name()).orElse(null);
        LocalDate einde = pip.inburgeringstermijn(bsn).map(PipFeiten.Termijn::einddatum).orElse(null);
        int aantalBoetes = boetes.aantalOpgelegd(bsn, peildatum);
        String gemeentecode = d.vestiging() == null ? null : d.vestiging().gemeentecode();
        String detail = d.gedetailleerdeDoelgroep() == null ? null : d.gedetailleerdeDoelgroep().name();
        String doelgroep = d.gedetailleerdeDoelgroep() == null ? null : d.gedetailleerdeDoelgroep().indeling().name();
        return new Persoon(bsn.value(), bsn, pseudoniem -> new PlichtVoorCbs(pseudoniem, peildatum, gemeentecode,
                doelgroep, detail, d.begindatum(), einde, leerroute,
                StandVanDePlichtPolicy.stand(d.isPlichtig(), d.redenNietPlichtig()), aantalBoetes));
    }
}
