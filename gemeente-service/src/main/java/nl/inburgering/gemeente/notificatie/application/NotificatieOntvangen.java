package nl.inburgering.gemeente.notificatie.application;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.inburgering.gemeente.notificatie.persistence.OntvangenNotificatieRegister;
import nl.inburgering.platform.bsn.Bsn;
import nl.inburgering.platform.security.GeenToegangException;

/**
 * {@code POST /notificaties}: a notification of DUO is kept once per berichtId (a repeat is answered alike and changes
 * nothing) and processed after the answer ({@link NotificatieVerwerker}), by the notificering pattern.
 */
@Service
public class NotificatieOntvangen {

    /** A valid notification as the controller read it; {@code bsn} may be empty when DUO names only the vNummer. */
    public record Ontvangst(UUID berichtId, String bron, String doel, String tokenOin, Bsn bsn, Long vNummer,
            String gebeurtenisId, Instant registratieDatumTijd) {
    }

    /** The refusal of any other caller than DUO's system. */
    public static final String ALLEEN_DUO = "alleen het systeem van DUO stuurt notificaties";

    private final Ontvangers ontvangers;
    private final OntvangenNotificatieRegister register;
    private final Clock clock;

    NotificatieOntvangen(Ontvangers ontvangers, OntvangenNotificatieRegister register, Clock clock) {
        this.ontvangers = ontvangers;
        this.register = register;
        this.clock = clock;
    }

    /** @throws GeenToegangException when the caller's token is not DUO's system's */
    public void controleerAfzender(String tokenOin) {
        if (!ontvangers.duoOin().equals(tokenOin)) {
            throw new GeenToegangException(ALLEEN_DUO);
        }
    }

    /**
     * @return whether it is new
     * @throws GeenToegangException when the caller is not DUO's system, the bron not the caller, or the doel not a
     *                              gemeente of this service that receives notifications
     */
    @Transactional
    public boolean ontvang(Ontvangst ontvangst) {
        controleerAfzender(ontvangst.tokenOin());
        if (!ontvangst.bron().equals(ontvangst.tokenOin())) {
            throw new GeenToegangException("de bron is niet de organisatie van het token");
        }
        String gemeentecode = ontvangers.gemeente(ontvangst.doel())
                .orElseThrow(() -> new GeenToegangException("het doel ontvangt hier geen notificaties"));
        return register.neemOp(ontvangst.berichtId(), gemeentecode,
                ontvangst.bsn() == null ? null : ontvangst.bsn().value(), ontvangst.vNummer(),
                ontvangst.gebeurtenisId(), ontvangst.registratieDatumTijd(), clock.instant());
    }
}
