package nl.inburgering.gemeente.notificatie.application;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.inburgering.gemeente.inburgeraar.api.EigenInburgeraar;
import nl.inburgering.gemeente.inburgeraar.api.Inburgeraar;
import nl.inburgering.gemeente.notificatie.persistence.OntvangenNotificatieRegister;
import nl.inburgering.platform.logboek.Verwerkingsactiviteit;
import nl.inburgering.platform.verwerking.Persoonsverwerking;

/** The caseworker's view of the notifications DUO sent about his own inburgeraar, and what was done with each. */
@Service
@Transactional(readOnly = true)
public class NotificatiesRaadplegen {

    static final Verwerkingsactiviteit RAADPLEGEN = new Verwerkingsactiviteit(
            "https://inburgering.nl/verwerkingsactiviteiten/gemeente/notificaties-raadplegen",
            "De notificaties van DUO over een inburgeraar raadplegen");

    /**
     * @param geregistreerdOp the notification's registratieDatumTijd: when DUO registered the gebeurtenis
     * @param verwerktOp      null while the gemeente still has to fetch the data from DUO
     */
    public record OntvangenNotificatie(UUID berichtId, String gebeurtenisId, Instant geregistreerdOp,
            Instant ontvangenOp, Instant verwerktOp, String uitkomst, String laatsteFout) {
    }

    private final EigenInburgeraar inburgeraars;
    private final OntvangenNotificatieRegister register;
    private final Persoonsverwerking verwerking;

    NotificatiesRaadplegen(EigenInburgeraar inburgeraars, OntvangenNotificatieRegister register,
            Persoonsverwerking verwerking) {
        this.inburgeraars = inburgeraars;
        this.register = register;
        this.verwerking = verwerking;
    }

    public List<OntvangenNotificatie> raadpleeg(String gemeentecode, UUID inburgeraarId) {
        Inburgeraar persoon = inburgeraars.vind(gemeentecode, inburgeraarId);
        return verwerking.raadpleeg(RAADPLEGEN, persoon.bsn(), () -> register.van(gemeentecode, persoon.bsn().value())
                .stream().map(r -> new OntvangenNotificatie(r.berichtId(), r.gebeurtenisId(), r.registratieDatumTijd(),
                        r.ontvangenOp(), r.verwerktOp(), r.uitkomst(), r.laatsteFout()))
                .toList());
    }
}
