package nl.inburgering.gemeente.intake.application;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.inburgering.gemeente.inburgeraar.application.EigenInburgeraar;
import nl.inburgering.gemeente.inburgeraar.persistence.InburgeraarEntity;
import nl.inburgering.gemeente.intake.application.BredeIntakeRaadplegen.BredeIntake;

/**
 * A boete under the gemeente's handhaving op inspanning. It stays at the gemeente: nothing is published (§9.2, "de
 * gegevens over de boetes vanuit de gemeente worden niet gedeeld met DUO").
 */
@Service
public class BoeteOpleggenHandler {

    private final EigenInburgeraar inburgeraar;
    private final HandhavingOpInspanning handhaving;
    private final BredeIntakeRaadplegen raadplegen;

    BoeteOpleggenHandler(EigenInburgeraar inburgeraar, HandhavingOpInspanning handhaving,
            BredeIntakeRaadplegen raadplegen) {
        this.inburgeraar = inburgeraar;
        this.handhaving = handhaving;
        this.raadplegen = raadplegen;
    }

    @Transactional
    public BredeIntake handle(BoeteOpleggen command) {
        // locked: two caseworkers at once must not impose two boetes for one ground
        InburgeraarEntity persoon = inburgeraar.vergrendel(command.gemeentecode(), command.inburgeraarId());
        handhaving.legBoeteOp(persoon.getBsn(), command.gemeentecode(), command.bedrag());
        return raadplegen.samenstellen(persoon, command.gemeentecode());
    }
}
