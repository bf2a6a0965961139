package nl.inburgering.gemeente.intake.application;

import nl.inburgering.gemeente.asielstatushouder.api.Betrokkenheidsvariant;
import nl.inburgering.gemeente.inburgeraar.api.EigenInburgeraar;
import nl.inburgering.gemeente.intake.api.VastgesteldePip;
import nl.inburgering.platform.bsn.Bsn;
import nl.inburgering.platform.verwerking.Persoonsverwerking;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.inburgering.gemeente.intake.application.BredeIntakeRaadplegen.Oproep;
import nl.inburgering.gemeente.intake.domain.BredeIntakeGrenzen;
import nl.inburgering.gemeente.intake.domain.BredeIntakeInvoer;
import nl.inburgering.gemeente.intake.domain.Onderwerp;
import nl.inburgering.gemeente.intake.persistence.OproepEntity;
import nl.inburgering.gemeente.intake.persistence.OproepRepository;
import nl.inburgering.platform.logboek.Verwerkingsactiviteit;
import nl.inburgering.platform.web.ConflictException;

/** Records an oproep for the brede intake; nothing leaves the gemeente. */
@Service
public class OproepVersturenHandler {

    static final Verwerkingsactiviteit OPROEPEN = new Verwerkingsactiviteit(
            "https://inburgering.nl/verwerkingsactiviteiten/gemeente/brede-intake-oproepen",
            "Een inburgeraar oproepen voor de brede intake");

    public static final String PIP_AL_VASTGESTELD = "Het PIP van deze inburgeraar is al vastgesteld; de brede intake "
            + "is voorbij en een oproep daarvoor kan niet meer.";

    private final EigenInburgeraar inburgeraar;
    private final OproepRepository oproepen;
    private final ObjectProvider<VastgesteldePip> vastgesteldePip;
    private final Betrokkenheidsvariant variant;
    private final Persoonsverwerking verwerking;

    OproepVersturenHandler(EigenInburgeraar inburgeraar, OproepRepository oproepen,
            ObjectProvider<VastgesteldePip> vastgesteldePip, Betrokkenheidsvariant variant,
            Persoonsverwerking verwerking) {
        this.inburgeraar = inburgeraar;
        this.oproepen = oproepen;
        this.vastgesteldePip = vastgesteldePip;
        this.variant = variant;
        this.verwerking = verwerking;
    }

    @Transactional
    public Oproep handle(OproepVersturen command) {
        Bsn bsn = inburgeraar.vind(command.gemeentecode(), command.inburgeraarId()).bsn();
        Invoer.controleer(BredeIntakeInvoer.oproep(command.datum(), command.locatie(), command.onderwerp()));
        AtomicReference<OproepEntity> oproep = new AtomicReference<>();
        // checked under the lock, before the Logboek record: a refused oproep records nothing
        verwerking.wijzigAlsBekend(OPROEPEN, bsn, b -> {
            if (pipVastgesteld(b, command.gemeentecode())) {
                throw new ConflictException(PIP_AL_VASTGESTELD);
            }
            // seed §3.3: with variant 3 (or the default) the brede intake starts only after the vestiging
            variant.teVroeg(b, command.gemeentecode(), Betrokkenheidsvariant.Stap.BREDE_INTAKE).ifPresent(reden -> {
                throw new ConflictException(reden);
            });
            BredeIntakeGrenzen.nieuweOproep(
                    oproepen.countByBsnAndGemeentecodeAndVerschenenIsNull(b.value(), command.gemeentecode()),
                    oproepen.countByBsnAndGemeentecode(b.value(), command.gemeentecode()))
                    .ifPresent(reden -> {
                        throw new ConflictException(reden);
                    });
            return true;
        }, v -> oproep.set(oproepen.save(new OproepEntity(bsn.value(), command.gemeentecode(),
                command.datum().toInstant(), command.locatie().strip(), Onderwerp.valueOf(command.onderwerp()),
                v.nu()))));
        return BredeIntakeRaadplegen.alsOproep(oproep.get());
    }

    /** Until the PIP feature answers, no PIP counts as vastgesteld: the caseworker may still call up. */
    private boolean pipVastgesteld(Bsn bsn, String gemeentecode) {
        VastgesteldePip pip = vastgesteldePip.getIfAvailable();
        return pip != null && pip.isVastgesteld(bsn, gemeentecode);
    }
}
