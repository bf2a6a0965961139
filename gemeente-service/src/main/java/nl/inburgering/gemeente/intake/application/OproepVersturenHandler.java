package nl.inburgering.gemeente.intake.application;

import java.time.Clock;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.inburgering.gemeente.inburgeraar.application.EigenInburgeraar;
import nl.inburgering.gemeente.intake.application.BredeIntakeRaadplegen.Oproep;
import nl.inburgering.gemeente.intake.domain.BredeIntakeInvoer;
import nl.inburgering.gemeente.intake.domain.Onderwerp;
import nl.inburgering.gemeente.intake.persistence.OproepEntity;
import nl.inburgering.gemeente.intake.persistence.OproepRepository;
import nl.inburgering.platform.logboek.Logboek;
import nl.inburgering.platform.logboek.Verwerkingsactiviteit;
import nl.inburgering.platform.persoon.Persoonsvergrendeling;
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
    private final Persoonsvergrendeling vergrendeling;
    private final Logboek logboek;
    private final Clock clock;

    OproepVersturenHandler(EigenInburgeraar inburgeraar, OproepRepository oproepen,
            ObjectProvider<VastgesteldePip> vastgesteldePip, Persoonsvergrendeling vergrendeling, Logboek logboek,
            Clock clock) {
        this.inburgeraar = inburgeraar;
        this.oproepen = oproepen;
        this.vastgesteldePip = vastgesteldePip;
        this.vergrendeling = vergrendeling;
        this.logboek = logboek;
        this.clock = clock;
    }

    @Transactional
    public Oproep handle(OproepVersturen command) {
        String bsn = inburgeraar.bsn(command.gemeentecode(), command.inburgeraarId());
        Invoer.controleer(BredeIntakeInvoer.oproep(command.datum(), command.locatie(), command.onderwerp()));
        vergrendeling.vergrendel(bsn);
        if (pipVastgesteld(bsn, command.gemeentecode())) {
            throw new ConflictException(PIP_AL_VASTGESTELD);
        }
        logboek.leg(OPROEPEN, bsn);
        OproepEntity oproep = oproepen.save(new OproepEntity(bsn, command.gemeentecode(), command.datum().toInstant(),
                command.locatie().strip(), Onderwerp.valueOf(command.onderwerp()), clock.instant()));
        return BredeIntakeRaadplegen.alsOproep(oproep);
    }

    /** Until the PIP feature answers, no PIP counts as vastgesteld: the caseworker may still call up. */
    private boolean pipVastgesteld(String bsn, String gemeentecode) {
        VastgesteldePip pip = vastgesteldePip.getIfAvailable();
        return pip != null && pip.isVastgesteld(bsn, gemeentecode);
    }
}
