package nl.inburgering.instelling.examen.application;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import nl.inburgering.instelling.cursist.api.EigenCursist;
import nl.inburgering.instelling.examen.domain.Examenresultaat;
import nl.inburgering.instelling.examen.persistence.Examenresultaten;
import nl.inburgering.platform.config.KetenProperties;
import nl.inburgering.platform.logboek.Verwerkingsactiviteit;
import nl.inburgering.platform.verwerking.Persoonsverwerking;

/**
 * Stelseldienst #13 in (seed §5.2, §6.2): DUO shares the uitslag of an exam with the instelling(en) where the person is
 * ingeschreven. Kept for each instelling this service serves that DUO addressed and where the person is or was a
 * cursist; for anyone else it is not kept and nothing is recorded (decision 0021): the instelling has no ground to
 * hold exam data of someone who never followed its lessons. The local service serves several instellingen and the
 * inbox handles a fact once, so one delivery covers every served instelling it names.
 */
@Service
public class ExamenresultaatOpnemenHandler {

    private static final Logger log = LoggerFactory.getLogger(ExamenresultaatOpnemenHandler.class);

    static final Verwerkingsactiviteit ONTVANGEN = new Verwerkingsactiviteit(
            "https://inburgering.nl/verwerkingsactiviteiten/instelling/examenresultaat-ontvangen",
            "Examenresultaat van een cursist van DUO opnemen");

    private final EigenCursist cursisten;
    private final Examenresultaten resultaten;
    private final Persoonsverwerking verwerking;
    private final KetenProperties keten;

    ExamenresultaatOpnemenHandler(EigenCursist cursisten, Examenresultaten resultaten,
            Persoonsverwerking verwerking, KetenProperties keten) {
        this.cursisten = cursisten;
        this.resultaten = resultaten;
        this.verwerking = verwerking;
        this.keten = keten;
    }

    /** Runs in the inbox transaction of the event. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void handle(ExamenresultaatOpnemen opnemen) {
        Examenresultaat r = opnemen.resultaat();
        for (String instelling : opnemen.instellingsnummers().stream().distinct()
                .filter(keten.instellingen()::contains).toList()) {
            boolean opgenomen = verwerking.wijzigAlsBekend(ONTVANGEN, opnemen.bsn(),
                    bsn -> !cursisten.vanPersoon(instelling, bsn).isEmpty(),
                    v -> resultaten.neemOp(instelling, v.bsn(), r, v.nu()));
            if (!opgenomen) {
                log.warn("Examenresultaat voor instelling {} niet opgenomen: geen cursist van deze instelling",
                        instelling);
            }
        }
    }
}
