package nl.inburgering.duo.notificatie.messaging;

import java.time.LocalDate;

import org.springframework.stereotype.Component;

import nl.inburgering.contracts.Afnemer;
import nl.inburgering.contracts.Ketenpartner;
import nl.inburgering.duo.notificatie.application.NotificatieOpnemen;
import nl.inburgering.platform.bsn.Bsn;
import nl.inburgering.platform.outbox.OutboxWaarnemer;

/**
 * Every stelseldienst DUO stores for a gemeente becomes, in the same transaction, a notification for that gemeente
 * when the fact is a gebeurtenis of Gebeurtenissen.md ({@link GebeurtenisVertaling}) and the gemeente registered an
 * endpoint (decision 0030). Rows for COA, IND or an instelling are no business of the Notificatie API.
 */
@Component
class NotificatieWaarnemer implements OutboxWaarnemer {

    private final GebeurtenisVertaling vertaling;
    private final NotificatieOpnemen opnemen;

    NotificatieWaarnemer(GebeurtenisVertaling vertaling, NotificatieOpnemen opnemen) {
        this.vertaling = vertaling;
        this.opnemen = opnemen;
    }

    @Override
    public void opgeslagen(Opgeslagen rij) {
        if (rij.afnemer().map(Afnemer::partner).filter(p -> p == Ketenpartner.GEMEENTE).isEmpty()) {
            return;
        }
        String gemeentecode = rij.afnemer().get().code();
        if (!opnemen.heeftAbonnement(gemeentecode)) {
            return;
        }
        LocalDate dag = opnemen.dagVan(rij.tijd());
        vertaling.voor(rij.event(), gemeentecode, dag).ifPresent(gebeurtenis -> opnemen.neemOp(
                new NotificatieOpnemen.Nieuw(rij.eventId(), Bsn.of(rij.bsn()), gemeentecode, gebeurtenis, rij.tijd())));
    }
}
