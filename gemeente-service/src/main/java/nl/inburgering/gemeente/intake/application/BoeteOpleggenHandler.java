package nl.inburgering.gemeente.intake.application;

import nl.inburgering.gemeente.inburgeraar.api.EigenInburgeraar;
import nl.inburgering.gemeente.inburgeraar.api.Inburgeraar;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

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
        // locked there: two caseworkers at once must not impose two boetes for one ground
        Inburgeraar persoon = inburgeraar.vind(command.gemeentecode(), command.inburgeraarId());
        handhaving.legBoeteOp(persoon.bsn(), command.gemeentecode(), command.bedrag());
        return raadplegen.samenstellen(persoon, command.gemeentecode());
    }
}
