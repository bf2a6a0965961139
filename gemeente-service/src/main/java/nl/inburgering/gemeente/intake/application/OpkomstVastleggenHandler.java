package nl.inburgering.gemeente.intake.application;


import java.util.concurrent.atomic.AtomicReference;
import nl.inburgering.gemeente.inburgeraar.api.EigenInburgeraar;
import nl.inburgering.gemeente.inburgeraar.api.Inburgeraar;
import nl.inburgering.platform.verwerking.Persoonsverwerking;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.inburgering.gemeente.intake.application.BredeIntakeRaadplegen.BredeIntake;
import nl.inburgering.gemeente.intake.domain.BredeIntakeInvoer;
import nl.inburgering.gemeente.intake.persistence.OproepEntity;
import nl.inburgering.gemeente.intake.persistence.OproepRepository;
import nl.inburgering.platform.logboek.Verwerkingsactiviteit;
import nl.inburgering.platform.web.ConflictException;
import nl.inburgering.platform.web.NietGevondenException;

/** Records the opkomst of an oproep; a no-show may lead to handhaving op inspanning (seed §9.2). */
@Service
public class OpkomstVastleggenHandler {

    static final Verwerkingsactiviteit VASTLEGGEN = new Verwerkingsactiviteit(
            "https://inburgering.nl/verwerkingsactiviteiten/gemeente/brede-intake-opkomst-vastleggen",
            "Vastleggen of een inburgeraar verscheen op een oproep voor de brede intake");

    public static final String ONBEKENDE_OPROEP = "Deze oproep bestaat niet bij deze inburgeraar.";
    public static final String OPKOMST_AL_VASTGELEGD = "De opkomst van deze oproep is al vastgelegd.";

    private final EigenInburgeraar inburgeraar;
    private final OproepRepository oproepen;
    private final HandhavingOpInspanning handhaving;
    private final BredeIntakeRaadplegen raadplegen;
    private final Persoonsverwerking verwerking;

    OpkomstVastleggenHandler(EigenInburgeraar inburgeraar, OproepRepository oproepen,
            HandhavingOpInspanning handhaving, BredeIntakeRaadplegen raadplegen, Persoonsverwerking verwerking) {
        this.inburgeraar = inburgeraar;
        this.oproepen = oproepen;
        this.handhaving = handhaving;
        this.raadplegen = raadplegen;
        this.verwerking = verwerking;
    }

    @Transactional
    public BredeIntake handle(OpkomstVastleggen command) {
        String gemeentecode = command.gemeentecode();
        Inburgeraar persoon = inburgeraar.vind(gemeentecode, command.inburgeraarId());
        AtomicReference<OproepEntity> gevonden = new AtomicReference<>();
        // checked under the lock, before the Logboek record: a refused opkomst records nothing
        verwerking.wijzigAlsBekend(VASTLEGGEN, persoon.bsn(), bsn -> {
            OproepEntity oproep = oproepen.findByIdAndBsnAndGemeentecode(command.oproepId(), bsn.value(),
                    gemeentecode).orElseThrow(() -> new NietGevondenException(ONBEKENDE_OPROEP));
            Invoer.controleer(BredeIntakeInvoer.opkomst(command.verschenen(), command.toelichting()));
            if (oproep.isOpkomstVastgelegd()) {
                throw new ConflictException(OPKOMST_AL_VASTGELEGD);
            }
            gevonden.set(oproep);
            return true;
        }, v -> {
            gevonden.get().opkomst(command.verschenen(), leeg(command.toelichting()), v.nu());
            if (!command.verschenen()) {
                handhaving.nietVerschenen(v.bsn(), gemeentecode);
            }
        });
        return raadplegen.samenstellen(persoon, gemeentecode);
    }

    static String leeg(String tekst) {
        return tekst == null || tekst.isBlank() ? null : tekst.strip();
    }
}
