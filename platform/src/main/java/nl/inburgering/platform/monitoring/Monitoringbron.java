package nl.inburgering.platform.monitoring;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

import nl.inburgering.platform.bsn.Bsn;
import nl.inburgering.platform.logboek.Verwerkingsactiviteit;

/**
 * What a service delivers to CBS for #22 (decision 0041): its persons in a stable order, a batch at a time, each as
 * the domain event of its own {@code UitgaandeVertaling} once the pseudonym is known. One bean per service, in its
 * {@code monitoring} module; {@link Monitoringlevering} does the batches, the pseudonyms, the outbox and the Logboek.
 */
public interface Monitoringbron {

    /** The processing activity the delivery is recorded under in the Logboek. */
    Verwerkingsactiviteit activiteit();

    /**
     * At most {@code aantal} persons after {@code na} (null: from the first) in the order of {@link Persoon#volgorde},
     * as they stand on the peildatum.
     */
    List<Persoon> volgende(String na, int aantal, LocalDate peildatum);

    /**
     * One person of a delivery.
     *
     * @param volgorde the position in the stable order (the service's own key; stays in its own database)
     * @param bsn      whose record it is (never on the topic: only its encryption for CBS)
     * @param event    the domain event for the pseudonym
     */
    record Persoon(String volgorde, Bsn bsn, Function<String, Object> event) {
    }
}
