package nl.inburgering.gemeente.asielstatushouder.application;

import java.time.LocalDate;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import nl.inburgering.gemeente.asielstatushouder.persistence.MaatschappelijkeBegeleidingEntity;
import nl.inburgering.gemeente.asielstatushouder.persistence.MaatschappelijkeBegeleidingRepository;
import nl.inburgering.platform.bsn.Bsn;
import nl.inburgering.platform.logboek.Verwerkingsactiviteit;
import nl.inburgering.platform.verwerking.Persoonsverwerking;

/**
 * Stelseldienst #4 in (seed §3.3): DUO tells the gekoppelde gemeente that it must offer the asielstatushouder
 * maatschappelijke begeleiding. Kept per person and gemeente; a new delivery replaces the earlier one.
 */
@Service
public class MaatschappelijkeBegeleidingOpnemenHandler {

    static final Verwerkingsactiviteit ONTVANGEN = new Verwerkingsactiviteit(
            "https://inburgering.nl/verwerkingsactiviteiten/gemeente/recht-op-maatschappelijke-begeleiding-ontvangen",
            "Recht op maatschappelijke begeleiding van DUO opnemen");

    private final MaatschappelijkeBegeleidingRepository begeleiding;
    private final Persoonsverwerking verwerking;

    MaatschappelijkeBegeleidingOpnemenHandler(MaatschappelijkeBegeleidingRepository begeleiding,
            Persoonsverwerking verwerking) {
        this.begeleiding = begeleiding;
        this.verwerking = verwerking;
    }

    /** Runs in the inbox transaction of the event. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void handle(MaatschappelijkeBegeleidingOpnemen vastgesteld) {
        String bsn = vastgesteld.bsn().value();
        String gemeentecode = vastgesteld.gemeentecode();
        verwerking.wijzig(ONTVANGEN, vastgesteld.bsn(), v -> {
            MaatschappelijkeBegeleidingEntity recht = begeleiding.findByBsnAndGemeentecode(bsn, gemeentecode)
                    .orElseGet(() -> new MaatschappelijkeBegeleidingEntity(bsn, gemeentecode));
            recht.vastgesteld(vastgesteld.ingangsdatum(), vastgesteld.datumVaststelling(), v.nu());
            begeleiding.save(recht);
        });
    }
}
