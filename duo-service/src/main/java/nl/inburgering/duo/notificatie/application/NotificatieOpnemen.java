package nl.inburgering.duo.notificatie.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import nl.inburgering.duo.notificatie.api.Attentiesignaal;
import nl.inburgering.duo.notificatie.api.Attentiesignalering;
import nl.inburgering.duo.notificatie.domain.Gebeurtenis;
import nl.inburgering.duo.notificatie.persistence.NotificatieRegister;
import nl.inburgering.platform.bsn.Bsn;

/** A notification is recorded in the transaction of its fact, for a gemeente that registered an endpoint. */
@Service
public class NotificatieOpnemen implements Attentiesignalering {

    /** A notification as the fact produced it; {@code eventId} is the outbox event it derives from. */
    public record Nieuw(UUID eventId, Bsn bsn, String gemeentecode, Gebeurtenis gebeurtenis, Instant registratie) {
    }

    private final Abonnementen abonnementen;
    private final NotificatieRegister register;
    private final Clock clock;

    NotificatieOpnemen(Abonnementen abonnementen, NotificatieRegister register, Clock clock) {
        this.abonnementen = abonnementen;
        this.register = register;
        this.clock = clock;
    }

    public boolean heeftAbonnement(String gemeentecode) {
        return abonnementen.van(gemeentecode).isPresent();
    }

    public LocalDate dagVan(Instant tijd) {
        return LocalDate.ofInstant(tijd, clock.getZone());
    }

    /**
     * An attentiesignaal without a stelseldienst: its own id stands where a notification derived from an outbox event
     * has the event's.
     */
    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void signaleer(Bsn bsn, String gemeentecode, Attentiesignaal signaal) {
        if (heeftAbonnement(gemeentecode)) {
            neemOp(new Nieuw(UUID.randomUUID(), bsn, gemeentecode, gebeurtenis(signaal), clock.instant()));
        }
    }

    static Gebeurtenis gebeurtenis(Attentiesignaal signaal) {
        return switch (signaal) {
            case AOW_LEEFTIJD_BINNEN_ZES_MAANDEN -> Gebeurtenis.SS128;
            case VERTROKKEN_UIT_NEDERLAND -> Gebeurtenis.SS123;
            case ADVIES_BIO_GEVRAAGD -> Gebeurtenis.SS140;
        };
    }

    /** Runs in the transaction of the fact (the outbox's). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void neemOp(Nieuw notificatie) {
        register.neemOp(UUID.randomUUID(), notificatie.eventId(), notificatie.gemeentecode(),
                notificatie.gebeurtenis().id(), notificatie.bsn().value(), notificatie.registratie());
    }
}
