package nl.inburgering.gemeente.asielstatushouder.application;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import nl.inburgering.gemeente.asielstatushouder.persistence.MaatschappelijkeBegeleidingEntity;
import nl.inburgering.gemeente.asielstatushouder.persistence.MaatschappelijkeBegeleidingRepository;
import nl.inburgering.platform.logboek.Logboek;
import nl.inburgering.platform.logboek.Verwerkingsactiviteit;
import nl.inburgering.platform.persoon.Persoonsvergrendeling;

/**
 * Stelseldienst #4 in (seed §3.3): DUO tells the gekoppelde gemeente that it must offer the asielstatushouder
 * maatschappelijke begeleiding. Kept per person and gemeente; a new delivery replaces the earlier one.
 */
@Service
public class MaatschappelijkeBegeleidingOpnemen {

    static final Verwerkingsactiviteit ONTVANGEN = new Verwerkingsactiviteit(
            "https://inburgering.nl/verwerkingsactiviteiten/gemeente/recht-op-maatschappelijke-begeleiding-ontvangen",
            "Recht op maatschappelijke begeleiding van DUO opnemen");

    private final MaatschappelijkeBegeleidingRepository begeleiding;
    private final Persoonsvergrendeling vergrendeling;
    private final Logboek logboek;
    private final Clock clock;

    MaatschappelijkeBegeleidingOpnemen(MaatschappelijkeBegeleidingRepository begeleiding,
            Persoonsvergrendeling vergrendeling, Logboek logboek, Clock clock) {
        this.begeleiding = begeleiding;
        this.vergrendeling = vergrendeling;
        this.logboek = logboek;
        this.clock = clock;
    }

    /** Runs in the inbox transaction of the event. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void handle(String bsn, String gemeentecode, LocalDate ingangsdatum, LocalDate datumVaststelling) {
        vergrendeling.vergrendel(bsn);
        logboek.leg(ONTVANGEN, bsn);
        MaatschappelijkeBegeleidingEntity recht = begeleiding.findByBsnAndGemeentecode(bsn, gemeentecode)
                .orElseGet(() -> new MaatschappelijkeBegeleidingEntity(bsn, gemeentecode));
        recht.vastgesteld(ingangsdatum, datumVaststelling, clock.instant());
        begeleiding.save(recht);
    }
}
