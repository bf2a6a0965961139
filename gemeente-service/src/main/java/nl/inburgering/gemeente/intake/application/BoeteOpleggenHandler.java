package nl.inburgering.gemeente.intake.application;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.inburgering.gemeente.inburgeraar.persistence.InburgeraarEntity;
import nl.inburgering.gemeente.intake.application.BredeIntakeRaadplegen.BredeIntake;
import nl.inburgering.platform.persoon.Persoonsvergrendeling;

/**
 * A boete under the gemeente's handhaving op inspanning. It stays at the gemeente: nothing is published (§9.2, "de
 * gegevens over de boetes vanuit de gemeente worden niet gedeeld met DUO").
 */
@Service
public class BoeteOpleggenHandler {

    private final IntakeInburgeraar inburgeraar;
    private final HandhavingOpInspanning handhaving;
    private final BredeIntakeRaadplegen raadplegen;
    private final Persoonsvergrendeling vergrendeling;

    BoeteOpleggenHandler(IntakeInburgeraar inburgeraar, HandhavingOpInspanning handhaving,
            BredeIntakeRaadplegen raadplegen, Persoonsvergrendeling vergrendeling) {
        this.inburgeraar = inburgeraar;
        this.handhaving = handhaving;
        this.raadplegen = raadplegen;
        this.vergrendeling = vergrendeling;
    }

    @Transactional
    public BredeIntake handle(BoeteOpleggen command) {
        InburgeraarEntity persoon = inburgeraar.vind(command.gemeentecode(), command.inburgeraarId());
        vergrendeling.vergrendel(persoon.getBsn()); // two caseworkers at once must not impose two boetes for one ground
        handhaving.legBoeteOp(persoon.getBsn(), command.gemeentecode(), command.bedrag());
        return raadplegen.samenstellen(persoon, command.gemeentecode());
    }
}
