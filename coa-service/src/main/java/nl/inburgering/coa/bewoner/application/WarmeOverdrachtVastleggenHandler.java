package nl.inburgering.coa.bewoner.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.inburgering.coa.bewoner.application.Bewonerdossier.WarmeOverdracht;
import nl.inburgering.coa.bewoner.domain.KlantprofielMomentPolicy.Aanleiding;
import nl.inburgering.coa.bewoner.domain.WarmeOverdrachtPolicy;
import nl.inburgering.coa.bewoner.persistence.BewonerEntity;
import nl.inburgering.coa.bewoner.persistence.KoppelingEntity;
import nl.inburgering.coa.bewoner.persistence.KoppelingRepository;
import nl.inburgering.platform.logboek.Logboek;
import nl.inburgering.platform.logboek.Verwerkingsactiviteit;
import nl.inburgering.platform.web.ConflictException;

/** COA records that the warme overdracht the gemeente planned took place today, and shares the klantprofiel (#15). */
@Service
public class WarmeOverdrachtVastleggenHandler {

    static final Verwerkingsactiviteit VASTLEGGEN = new Verwerkingsactiviteit(
            "https://inburgering.nl/verwerkingsactiviteiten/coa/warme-overdracht-vastleggen",
            "Vastleggen dat de warme overdracht met de gemeente plaatsvond");

    private final Vergrendeld vergrendeld;
    private final KoppelingRepository koppelingen;
    private final KlantprofielDelen delen;
    private final Logboek logboek;
    private final Clock clock;

    WarmeOverdrachtVastleggenHandler(Vergrendeld vergrendeld, KoppelingRepository koppelingen, KlantprofielDelen delen,
            Logboek logboek, Clock clock) {
        this.vergrendeld = vergrendeld;
        this.koppelingen = koppelingen;
        this.delen = delen;
        this.logboek = logboek;
        this.clock = clock;
    }

    /** @param bewonerId the bewoner whose warme overdracht took place */
    @Transactional
    public WarmeOverdracht handle(UUID bewonerId) {
        BewonerEntity bewoner = vergrendeld.bewoner(bewonerId);
        KoppelingEntity koppeling = koppelingen.findByBewonerIdAndActueelTrue(bewoner.getId())
                .orElseThrow(() -> new ConflictException("Deze bewoner is niet aan een gemeente gekoppeld; "
                        + "een warme overdracht is er alleen met de gekoppelde gemeente."));
        WarmeOverdrachtPolicy.vastleggen(koppeling.getWarmeOverdrachtGepland(),
                koppeling.getWarmeOverdrachtGehouden(), bewoner.isUitgestroomd())
                .weigering().ifPresent(reden -> {
                    throw new ConflictException(reden);
                });
        koppeling.warmeOverdrachtGehouden(LocalDate.now(clock));
        logboek.leg(VASTLEGGEN, bewoner.getBsn());
        delen.deelBij(Aanleiding.WARME_OVERDRACHT_GEHOUDEN, bewoner, Optional.of(koppeling));
        return Dossiers.warmeOverdracht(koppeling);
    }
}
