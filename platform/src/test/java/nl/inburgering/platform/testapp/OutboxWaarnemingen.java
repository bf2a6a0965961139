package nl.inburgering.platform.testapp;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import nl.inburgering.platform.outbox.OutboxWaarnemer;

/** The test service's {@link OutboxWaarnemer}: remembers every row and whether a transaction was active. */
@Component
class OutboxWaarnemingen implements OutboxWaarnemer {

    record Waarneming(Opgeslagen rij, boolean inTransactie) {
    }

    final List<Waarneming> waarnemingen = new CopyOnWriteArrayList<>();

    @Override
    public void opgeslagen(Opgeslagen rij) {
        waarnemingen.add(new Waarneming(rij, TransactionSynchronizationManager.isActualTransactionActive()));
    }

    List<Waarneming> van(String bsn) {
        return waarnemingen.stream().filter(w -> w.rij().bsn().equals(bsn)).toList();
    }
}
