package nl.inburgering.coa.monitoring.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;

import nl.inburgering.coa.bewoner.api.Bewonerslijst;
import nl.inburgering.coa.monitoring.domain.VoorinburgeringVoorCbs;
import nl.inburgering.platform.logboek.Verwerkingsactiviteit;
import nl.inburgering.platform.monitoring.Monitoringbron;

/** What COA delivers to CBS on #22: every bewoner registered by the peildatum (decision 0041). */
@Component
class VoorinburgeringVoorCbsLevering implements Monitoringbron {

    static final Verwerkingsactiviteit LEVEREN_AAN_CBS = new Verwerkingsactiviteit(
            "https://inburgering.nl/verwerkingsactiviteiten/coa/monitoring-leveren-aan-cbs",
            "Voorinburgering leveren aan CBS (monitoring en evaluatie)");

    private final Bewonerslijst bewoners;

    VoorinburgeringVoorCbsLevering(Bewonerslijst bewoners) {
        this.bewoners = bewoners;
    }

    @Override
    public Verwerkingsactiviteit activiteit() {
        return LEVEREN_AAN_CBS;
    }

    @Override
    public List<Persoon> volgende(String na, int aantal, LocalDate peildatum) {
        return bewoners.op(peildatum, Optional.ofNullable(na).map(UUID::fromString), aantal).stream()
                .map(b -> new Persoon(b.id().toString(), b.bsn(), pseudoniem -> (Object) new VoorinburgeringVoorCbs(
                        pseudoniem, peildatum, b.gemeentecode(), b.datumKoppeling(), b.gevolgd(), b.uren())))
                .toList();
    }
}
