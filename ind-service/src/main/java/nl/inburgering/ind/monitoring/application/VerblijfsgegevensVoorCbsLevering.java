package nl.inburgering.ind.monitoring.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import nl.inburgering.ind.monitoring.domain.VerblijfsgegevensVoorCbs;
import nl.inburgering.ind.verblijfsrecht.api.Verblijfsgegevens;
import nl.inburgering.platform.logboek.Verwerkingsactiviteit;
import nl.inburgering.platform.monitoring.Monitoringbron;

/** What IND delivers to CBS on #22: every vergunning standing on the peildatum (decision 0041). */
@Component
class VerblijfsgegevensVoorCbsLevering implements Monitoringbron {

    static final Verwerkingsactiviteit LEVEREN_AAN_CBS = new Verwerkingsactiviteit(
            "https://inburgering.nl/verwerkingsactiviteiten/ind/monitoring-leveren-aan-cbs",
            "Verblijfsgegevens leveren aan CBS (monitoring en evaluatie)");

    private final Verblijfsgegevens verblijfsgegevens;

    VerblijfsgegevensVoorCbsLevering(Verblijfsgegevens verblijfsgegevens) {
        this.verblijfsgegevens = verblijfsgegevens;
    }

    @Override
    public Verwerkingsactiviteit activiteit() {
        return LEVEREN_AAN_CBS;
    }

    @Override
    public List<Persoon> volgende(String na, int aantal, LocalDate peildatum) {
        return verblijfsgegevens.lopendOp(peildatum, Optional.ofNullable(na), aantal).stream()
                .map(v -> new Persoon(v.vNummer(), v.bsn(), pseudoniem -> (Object) new VerblijfsgegevensVoorCbs(
                        pseudoniem, peildatum, v.verblijfsdoel(), v.ingangsdatum(), v.nationaliteit(),
                        v.geboortejaar())))
                .toList();
    }
}
