package nl.inburgering.duo.leerbaarheidstoets.application;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.inburgering.duo.leerbaarheidstoets.domain.Leerbaarheidstoetsresultaat;
import nl.inburgering.duo.leerbaarheidstoets.domain.Score;
import nl.inburgering.duo.leerbaarheidstoets.domain.Toetsstatus;
import nl.inburgering.duo.leerbaarheidstoets.persistence.ToetsEntity;
import nl.inburgering.duo.leerbaarheidstoets.persistence.ToetsRepository;
import nl.inburgering.platform.logboek.Logboek;
import nl.inburgering.platform.logboek.Verwerkingsactiviteit;

/** Queries of the M2M Leerbaarheidstoets API: the examennummer to plan with, and the delivered uitkomsten. */
@Service
@Transactional(readOnly = true)
public class LeerbaarheidstoetsRaadplegen {

    static final Verwerkingsactiviteit RAADPLEGEN = new Verwerkingsactiviteit(
            "https://inburgering.nl/verwerkingsactiviteiten/duo/leerbaarheidstoets-raadplegen",
            "Leerbaarheidstoets raadplegen (M2M)");

    /** A delivered uitkomst as the API shows it. */
    public record Resultaat(Leerbaarheidstoetsresultaat resultaat, Optional<Score> behaaldeScore,
            Score benodigdeScore, java.time.LocalDate datumAfname) {
    }

    private final ToetsRepository toetsen;
    private final Logboek logboek;

    LeerbaarheidstoetsRaadplegen(ToetsRepository toetsen, Logboek logboek) {
        this.toetsen = toetsen;
        this.logboek = logboek;
    }

    /** The examennummer of the toets that is klaargezet now; empty when there is none. */
    public Optional<String> examennummer(String bsn) {
        Optional<String> examennummer = toetsen
                .findFirstByBsnAndStatusInOrderByKlaargezetOpDesc(bsn, EnumSet.of(Toetsstatus.KLAARGEZET))
                .map(ToetsEntity::getExamennummer);
        examennummer.ifPresent(e -> logboek.leg(RAADPLEGEN, bsn));
        return examennummer;
    }

    /** Every delivered uitkomst, oldest afname first; empty when DUO never set a toets ready for the person. */
    public Optional<List<Resultaat>> resultaten(String bsn) {
        if (toetsen.findByBsnOrderByKlaargezetOpAsc(bsn).isEmpty()) {
            return Optional.empty();
        }
        logboek.leg(RAADPLEGEN, bsn);
        return Optional.of(toetsen.findByBsnAndStatusOrderByDatumAfnameAscUitkomstGeleverdOpAsc(bsn, Toetsstatus.AFGEROND)
                .stream()
                .map(t -> new Resultaat(t.getResultaat(), t.behaaldeScore(), new Score(t.getBenodigdeScore()),
                        t.getDatumAfname()))
                .toList());
    }
}
