package nl.inburgering.duo.examen.application;

import java.util.List;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import nl.inburgering.duo.dossier.api.Verhuisd;
import nl.inburgering.duo.examen.domain.Examenstatus;
import nl.inburgering.duo.examen.domain.ExamenresultaatVastgesteld;
import nl.inburgering.duo.examen.persistence.ExamenEntity;
import nl.inburgering.duo.examen.persistence.ExamenRepository;
import nl.inburgering.platform.logboek.Verwerkingsactiviteit;
import nl.inburgering.platform.verwerking.Persoonsverwerking;

/**
 * After a verhuizing the new gemeente gets the person's examenresultaten (#13) again (seed §13.2, issue 16): every
 * definitive uitslag, to the new gemeente only (the instellingen had theirs), with aanleiding OVERDRACHT_NA_VERHUIZING
 * and a new CloudEvents id, so the one multi-tenant gemeente inbox does not take it for the old gemeente's fact
 * (decision 0037). In the transaction of the verhuizing.
 */
@Component
class ExamenresultatenNaVerhuizing {

    static final Verwerkingsactiviteit HERLEVEREN = new Verwerkingsactiviteit(
            "https://inburgering.nl/verwerkingsactiviteiten/duo/examenresultaten-herleveren-na-verhuizing",
            "Examenresultaten aan de nieuwe gemeente leveren na een verhuizing");

    private final ExamenRepository examens;
    private final Persoonsverwerking verwerking;

    ExamenresultatenNaVerhuizing(ExamenRepository examens, Persoonsverwerking verwerking) {
        this.examens = examens;
        this.verwerking = verwerking;
    }

    @EventListener
    void verhuisd(Verhuisd verhuisd) {
        List<ExamenEntity> uitslagen = examens.findByBsnOrderByAangemeldOpAsc(verhuisd.bsn().value()).stream()
                .filter(e -> e.getStatus() == Examenstatus.UITSLAG).toList();
        if (uitslagen.isEmpty()) {
            return;
        }
        verwerking.wijzig(HERLEVEREN, verhuisd.bsn(), v -> uitslagen.forEach(e -> v.publiceer(
                new ExamenresultaatVastgesteld(v.bsn(), verhuisd.gemeentecodeNieuw(), List.of(), e.getOnderdeel(),
                        e.getNiveau(), e.getExamendatum(), e.getUitslag(), e.getRedenGeenResultaat(),
                        e.getDatumDefinitieveUitslag(), true),
                verhuisd.signaal())));
    }
}
