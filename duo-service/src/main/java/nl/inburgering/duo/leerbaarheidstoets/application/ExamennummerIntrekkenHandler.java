package nl.inburgering.duo.leerbaarheidstoets.application;

import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.inburgering.duo.leerbaarheidstoets.domain.Toetsstatus;
import nl.inburgering.duo.leerbaarheidstoets.persistence.ToetsEntity;
import nl.inburgering.duo.leerbaarheidstoets.persistence.ToetsRepository;
import nl.inburgering.platform.bsn.Bsn;
import nl.inburgering.platform.logboek.Verwerkingsactiviteit;
import nl.inburgering.platform.verwerking.Persoonsverwerking;
import nl.inburgering.platform.web.NietGevondenException;

/**
 * M2M DELETE examennummer: the gemeente skips the leerbaarheidstoets (e.g. the brede intake shows it is not
 * needed). The klaargezette toets becomes OVERGESLAGEN and its examennummer is withdrawn; a verklaring or
 * uitslag for it later is not accepted.
 */
@Service
public class ExamennummerIntrekkenHandler {

    static final Verwerkingsactiviteit INTREKKEN = new Verwerkingsactiviteit(
            "https://inburgering.nl/verwerkingsactiviteiten/duo/leerbaarheidstoets-overslaan",
            "Leerbaarheidstoets overslaan, examennummer intrekken (M2M)");

    private final ToetsRepository toetsen;
    private final Persoonsverwerking verwerking;

    ExamennummerIntrekkenHandler(ToetsRepository toetsen, Persoonsverwerking verwerking) {
        this.toetsen = toetsen;
        this.verwerking = verwerking;
    }

    @Transactional
    public void handle(ExamennummerIntrekken command) {
        Bsn bsn = command.bsn();
        boolean ingetrokken = verwerking.wijzigAlsBekend(INTREKKEN, bsn, b -> klaargezet(b).isPresent(),
                v -> klaargezet(bsn).orElseThrow().overgeslagen(v.nu()));
        if (!ingetrokken) {
            throw new NietGevondenException("Deze persoon heeft geen klaargezette leerbaarheidstoets.");
        }
    }

    private Optional<ToetsEntity> klaargezet(Bsn bsn) {
        return toetsen.findFirstByBsnAndStatusOrderByKlaargezetOpDesc(bsn.value(), Toetsstatus.KLAARGEZET);
    }
}
