package nl.inburgering.gemeente.examenresultaat.application;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.inburgering.gemeente.examenresultaat.domain.BehaaldeOnderdelen;
import nl.inburgering.gemeente.examenresultaat.domain.Examenresultaat;
import nl.inburgering.gemeente.examenresultaat.persistence.ExamenresultaatEntity;
import nl.inburgering.gemeente.examenresultaat.persistence.ExamenresultaatRepository;
import nl.inburgering.gemeente.inburgeraar.api.EigenInburgeraar;
import nl.inburgering.gemeente.inburgeraar.api.Inburgeraar;
import nl.inburgering.platform.logboek.Verwerkingsactiviteit;
import nl.inburgering.platform.verwerking.Persoonsverwerking;

/** The caseworker's view of an inburgeraar's examenresultaten (#13): every exam, and the onderdelen he passed. */
@Service
@Transactional(readOnly = true)
public class ExamenresultatenRaadplegen {

    static final Verwerkingsactiviteit RAADPLEGEN = new Verwerkingsactiviteit(
            "https://inburgering.nl/verwerkingsactiviteiten/gemeente/examenresultaten-raadplegen",
            "De examenresultaten van een inburgeraar raadplegen");

    private final EigenInburgeraar inburgeraars;
    private final ExamenresultaatRepository resultaten;
    private final Persoonsverwerking verwerking;

    ExamenresultatenRaadplegen(EigenInburgeraar inburgeraars, ExamenresultaatRepository resultaten,
            Persoonsverwerking verwerking) {
        this.inburgeraars = inburgeraars;
        this.resultaten = resultaten;
        this.verwerking = verwerking;
    }

    /**
     * @param behaald    the onderdelen passed (KNM, LE, LU, SC, SP in that order)
     * @param resultaten every exam, the latest first
     */
    public record Examenresultaten(List<String> behaald, List<Examenresultaat> resultaten) {
    }

    public Examenresultaten raadpleeg(String gemeentecode, UUID inburgeraarId) {
        Inburgeraar persoon = inburgeraars.vind(gemeentecode, inburgeraarId);
        return verwerking.raadpleeg(RAADPLEGEN, persoon.bsn(), () -> {
            List<Examenresultaat> lijst = resultaten.findByBsnAndGemeentecodeOrderByExamendatumDescOnderdeelAsc(
                    persoon.bsn().value(), gemeentecode).stream().map(ExamenresultaatEntity::resultaat).toList();
            return new Examenresultaten(BehaaldeOnderdelen.van(lijst), lijst);
        });
    }
}
