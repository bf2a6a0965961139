package nl.inburgering.duo.leerbaarheidstoets.application;

import java.time.Clock;
import java.util.EnumSet;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.inburgering.duo.leerbaarheidstoets.domain.Toetsstatus;
import nl.inburgering.duo.leerbaarheidstoets.persistence.ToetsRepository;
import nl.inburgering.platform.logboek.Logboek;
import nl.inburgering.platform.logboek.Verwerkingsactiviteit;
import nl.inburgering.platform.persoon.Persoonsvergrendeling;
import nl.inburgering.platform.web.NietGevondenException;

/**
 * M2M DELETE examennummer: the gemeente skips the leerbaarheidstoets (e.g. the brede intake shows it is not
 * needed). The klaargezette toets becomes OVERGESLAGEN and its examennummer is withdrawn; a verklaring or
 * uitslag for it later is not accepted.
 */
@Service
public class ExamennummerIntrekken {

    static final Verwerkingsactiviteit INTREKKEN = new Verwerkingsactiviteit(
            "https://inburgering.nl/verwerkingsactiviteiten/duo/leerbaarheidstoets-overslaan",
            "Leerbaarheidstoets overslaan, examennummer intrekken (M2M)");

    private final ToetsRepository toetsen;
    private final Persoonsvergrendeling vergrendeling;
    private final Logboek logboek;
    private final Clock clock;

    ExamennummerIntrekken(ToetsRepository toetsen, Persoonsvergrendeling vergrendeling, Logboek logboek,
            Clock clock) {
        this.toetsen = toetsen;
        this.vergrendeling = vergrendeling;
        this.logboek = logboek;
        this.clock = clock;
    }

    @Transactional
    public void handle(String bsn) {
        vergrendeling.vergrendel(bsn);
        var toets = toetsen.findFirstByBsnAndStatusInOrderByKlaargezetOpDesc(bsn, EnumSet.of(Toetsstatus.KLAARGEZET))
                .orElseThrow(() -> new NietGevondenException("Deze persoon heeft geen klaargezette leerbaarheidstoets."));
        logboek.leg(INTREKKEN, bsn);
        toets.overgeslagen(clock.instant());
    }
}
