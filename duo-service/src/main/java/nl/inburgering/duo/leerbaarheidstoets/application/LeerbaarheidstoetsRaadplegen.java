package nl.inburgering.duo.leerbaarheidstoets.application;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.inburgering.duo.leerbaarheidstoets.domain.Leerbaarheidstoetsresultaat;
import nl.inburgering.duo.leerbaarheidstoets.domain.Score;
import nl.inburgering.duo.leerbaarheidstoets.domain.Toetsstatus;
import nl.inburgering.duo.leerbaarheidstoets.persistence.ToetsRepository;
import nl.inburgering.platform.bsn.Bsn;
import nl.inburgering.platform.logboek.Verwerkingsactiviteit;
import nl.inburgering.platform.verwerking.Persoonsverwerking;

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
    private final Persoonsverwerking verwerking;

    LeerbaarheidstoetsRaadplegen(ToetsRepository toetsen, Persoonsverwerking verwerking) {
        this.toetsen = toetsen;
        this.verwerking = verwerking;
    }

    /** The examennummer of the toets that is klaargezet now; empty when there is none. */
    public Optional<String> examennummer(Bsn bsn) {
        return toetsen.findFirstByBsnAndStatusOrderByKlaargezetOpDesc(bsn.value(), Toetsstatus.KLAARGEZET)
                .map(toets -> verwerking.raadpleeg(RAADPLEGEN, bsn, toets::getExamennummer));
    }

    /** Every delivered uitkomst, oldest afname first; empty when DUO never set a toets ready for the person. */
    public Optional<List<Resultaat>> resultaten(Bsn bsn) {
        if (toetsen.findByBsnOrderByKlaargezetOpAsc(bsn.value()).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(verwerking.raadpleeg(RAADPLEGEN, bsn, () -> toetsen
                .findByBsnAndStatusOrderByDatumAfnameAscUitkomstGeleverdOpAsc(bsn.value(), Toetsstatus.AFGEROND)
                .stream()
                .map(t -> new Resultaat(t.getResultaat(), t.behaaldeScore(), new Score(t.getBenodigdeScore()),
                        t.getDatumAfname()))
                .toList()));
    }
}
