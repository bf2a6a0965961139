package nl.inburgering.gemeente.intake.application;

import java.util.concurrent.atomic.AtomicReference;
import nl.inburgering.gemeente.inburgeraar.api.EigenInburgeraar;
import nl.inburgering.gemeente.inburgeraar.api.Inburgeraar;
import nl.inburgering.gemeente.intake.domain.LeerbaarheidstoetsVerloopVerklaardDoorGemeente;
import nl.inburgering.platform.verwerking.Persoonsverwerking;
import java.time.LocalDate;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.inburgering.gemeente.intake.application.BredeIntakeRaadplegen.BredeIntake;
import nl.inburgering.gemeente.intake.domain.BredeIntakeInvoer;
import nl.inburgering.gemeente.intake.persistence.AfspraakEntity;
import nl.inburgering.gemeente.intake.persistence.AfspraakRepository;
import nl.inburgering.platform.logboek.Verwerkingsactiviteit;
import nl.inburgering.platform.web.ConflictException;
import nl.inburgering.platform.web.NietGevondenException;

/**
 * Records the verloop of a planned leerbaarheidstoets. Who appeared took the toets: the verklaring (negatief)
 * ordentelijk verloop goes to DUO in the same transaction, and DUO answers with the uitkomst (#6) or, after a
 * negatieve verklaring, a new toets. Who did not appear took nothing, so DUO hears nothing; it counts as not
 * appearing at the brede intake (seed §9.2) and may lead to handhaving op inspanning.
 */
@Service
public class VerloopVerklarenHandler {

    static final Verwerkingsactiviteit VERKLAREN = new Verwerkingsactiviteit(
            "https://inburgering.nl/verwerkingsactiviteiten/gemeente/leerbaarheidstoets-verloop-verklaren",
            "Het verloop van de leerbaarheidstoets van een inburgeraar verklaren");

    public static final String ONBEKENDE_AFSPRAAK = "Deze afspraak voor de leerbaarheidstoets bestaat niet bij deze "
            + "inburgeraar.";
    public static final String VERLOOP_AL_VASTGELEGD = "Het verloop van deze afspraak is al vastgelegd.";

    private final EigenInburgeraar inburgeraar;
    private final AfspraakRepository afspraken;
    private final HandhavingOpInspanning handhaving;
    private final BredeIntakeRaadplegen raadplegen;
    private final Persoonsverwerking verwerking;

    VerloopVerklarenHandler(EigenInburgeraar inburgeraar, AfspraakRepository afspraken,
            HandhavingOpInspanning handhaving, BredeIntakeRaadplegen raadplegen, Persoonsverwerking verwerking) {
        this.inburgeraar = inburgeraar;
        this.afspraken = afspraken;
        this.handhaving = handhaving;
        this.raadplegen = raadplegen;
        this.verwerking = verwerking;
    }

    @Transactional
    public BredeIntake handle(VerloopVerklaren command) {
        String gemeentecode = command.gemeentecode();
        Inburgeraar persoon = inburgeraar.vind(gemeentecode, command.inburgeraarId());
        AtomicReference<AfspraakEntity> gevonden = new AtomicReference<>();
        // checked under the lock, before the Logboek record: a refused verklaring records nothing
        verwerking.wijzigAlsBekend(VERKLAREN, persoon.bsn(), bsn -> {
            AfspraakEntity afspraak = afspraken.findByIdAndBsnAndGemeentecode(command.afspraakId(), bsn.value(),
                    gemeentecode).orElseThrow(() -> new NietGevondenException(ONBEKENDE_AFSPRAAK));
            Invoer.controleer(BredeIntakeInvoer.verloop(command.verschenen(), command.ordentelijkVerloop(),
                    command.toelichting()));
            if (afspraak.isVerloopVastgelegd()) {
                throw new ConflictException(VERLOOP_AL_VASTGELEGD);
            }
            gevonden.set(afspraak);
            return true;
        }, v -> {
            AfspraakEntity afspraak = gevonden.get();
            String toelichting = OpkomstVastleggenHandler.leeg(command.toelichting());
            afspraak.verloop(command.verschenen(), command.ordentelijkVerloop(), toelichting, v.nu());
            if (command.verschenen()) {
                v.publiceer(new LeerbaarheidstoetsVerloopVerklaardDoorGemeente(v.bsn(), gemeentecode,
                        afspraak.getExamennummer(), datumAfname(afspraak), command.ordentelijkVerloop(), toelichting));
            } else {
                handhaving.nietVerschenen(v.bsn(), gemeentecode);
            }
        });
        return raadplegen.samenstellen(persoon, gemeentecode);
    }

    /** The day of the afspraak, as a Dutch calendar day. */
    private static LocalDate datumAfname(AfspraakEntity afspraak) {
        return afspraak.getDatum().atZone(BredeIntakeRaadplegen.NEDERLAND).toLocalDate();
    }
}
