package nl.inburgering.gemeente.examenresultaat.application;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import nl.inburgering.gemeente.examenresultaat.persistence.Examenresultaten;
import nl.inburgering.platform.logboek.Verwerkingsactiviteit;
import nl.inburgering.platform.verwerking.Persoonsverwerking;

/**
 * Stelseldienst #13 in (seed §5.2, §6.2): DUO's definitive uitslag of an examenonderdeel. Kept by BSN and gemeente,
 * whether or not DUO's #3 arrived yet (DUO decided the gemeente is its recipient); joined with the inburgeraar on
 * read. One row per exam: a herlevering (after a verhuizing, or the same event again) changes nothing; a different
 * uitslag of the same exam replaces the earlier one ({@link Examenresultaten#neemOp}, in one statement).
 */
@Service
public class ExamenresultaatOpnemenHandler {

    static final Verwerkingsactiviteit OPNEMEN = new Verwerkingsactiviteit(
            "https://inburgering.nl/verwerkingsactiviteiten/gemeente/examenresultaat-ontvangen",
            "Examenresultaat van DUO opnemen");

    private final Examenresultaten resultaten;
    private final Persoonsverwerking verwerking;

    ExamenresultaatOpnemenHandler(Examenresultaten resultaten, Persoonsverwerking verwerking) {
        this.resultaten = resultaten;
        this.verwerking = verwerking;
    }

    /** Runs in the inbox transaction of the event. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void handle(ExamenresultaatOpnemen ontvangen) {
        verwerking.wijzig(OPNEMEN, ontvangen.bsn(), v -> resultaten.neemOp(ontvangen.bsn(),
                ontvangen.gemeentecode(), ontvangen.resultaat(), v.nu()));
    }
}
