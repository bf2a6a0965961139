package nl.inburgering.gemeente.monitoring.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import nl.inburgering.gemeente.monitoring.domain.TrajectVoorCbs;
import nl.inburgering.platform.bsn.Bsn;
import nl.inburgering.platform.logboek.Verwerkingsactiviteit;
import nl.inburgering.platform.monitoring.Monitoringbron;

/** What the gemeenten deliver to CBS on #22: every inburgeraar whose plicht began by the peildatum (decision 0041). */
@Component
class TrajectVoorCbsLevering implements Monitoringbron {

    static final Verwerkingsactiviteit LEVEREN_AAN_CBS = new Verwerkingsactiviteit(
            "https://inburgering.nl/verwerkingsactiviteiten/gemeente/monitoring-leveren-aan-cbs",
            "Inburgeringstraject leveren aan CBS (monitoring en evaluatie)");

    private final Trajecten trajecten;

    TrajectVoorCbsLevering(Trajecten trajecten) {
        this.trajecten = trajecten;
    }

    @Override
    public Verwerkingsactiviteit activiteit() {
        return LEVEREN_AAN_CBS;
    }

    @Override
    public List<Persoon> volgende(String na, int aantal, LocalDate peildatum) {
        return trajecten.op(peildatum, Optional.ofNullable(na).map(Bsn::of), aantal).stream()
                .map(t -> new Persoon(t.bsn().value(), t.bsn(), pseudoniem -> (Object) new TrajectVoorCbs(pseudoniem,
                        peildatum, t.gemeentecode(), t.doelgroep(), t.datumBredeIntakeGestart(), t.dagtekeningPip(),
                        t.leerroute(), t.maatschappelijkeBegeleidingGestart(), t.pvtAfgerond(), t.mapAfgerond())))
                .toList();
    }
}
