package nl.inburgering.platform.verwerking;

import org.hibernate.event.spi.PreDeleteEvent;
import org.hibernate.event.spi.PreDeleteEventListener;
import org.hibernate.event.spi.PreInsertEvent;
import org.hibernate.event.spi.PreInsertEventListener;
import org.hibernate.event.spi.PreUpdateEvent;
import org.hibernate.event.spi.PreUpdateEventListener;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Refuses a JPA insert, update or delete of personal data in a transaction that recorded no Logboek record through
 * a {@link Persoonsverwerking}: a handler that changes a person's data without the template fails at flush, in every
 * test that exercises it, instead of leaving a silent gap in the Logboek dataverwerkingen (a legal defect).
 * Entities marked {@link GeenPersoonsgegevens} are exempt. The check is per transaction, not per person: a
 * transaction that processes several persons needs a verwerking for each, which the template gives.
 */
public class Persoonsgegevensbewaking implements PreInsertEventListener, PreUpdateEventListener,
        PreDeleteEventListener {

    private static final Object SLEUTEL = Persoonsgegevensbewaking.class;

    /** Called by the template once the Logboek record of a verwerking is written in this transaction. */
    static void vastgelegd() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()
                || TransactionSynchronizationManager.hasResource(SLEUTEL)) {
            return;
        }
        TransactionSynchronizationManager.bindResource(SLEUTEL, Boolean.TRUE);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void suspend() {
                TransactionSynchronizationManager.unbindResource(SLEUTEL);
            }

            @Override
            public void resume() {
                TransactionSynchronizationManager.bindResource(SLEUTEL, Boolean.TRUE);
            }

            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(SLEUTEL);
            }
        });
    }

    @Override
    public boolean onPreInsert(PreInsertEvent event) {
        controleer(event.getEntity(), "aangemaakt");
        return false;
    }

    @Override
    public boolean onPreUpdate(PreUpdateEvent event) {
        controleer(event.getEntity(), "gewijzigd");
        return false;
    }

    @Override
    public boolean onPreDelete(PreDeleteEvent event) {
        controleer(event.getEntity(), "verwijderd");
        return false;
    }

    private static void controleer(Object entiteit, String wat) {
        if (entiteit.getClass().isAnnotationPresent(GeenPersoonsgegevens.class)
                || TransactionSynchronizationManager.hasResource(SLEUTEL)) {
            return;
        }
        throw new PersoonsgegevensZonderLogboekException(entiteit.getClass().getSimpleName() + " wordt " + wat
                + " buiten een Persoonsverwerking: er is geen Logboek-record van deze verwerking");
    }

    /** A change of personal data that the Logboek dataverwerkingen would not know of. */
    public static class PersoonsgegevensZonderLogboekException extends IllegalStateException {

        PersoonsgegevensZonderLogboekException(String melding) {
            super(melding);
        }
    }
}
