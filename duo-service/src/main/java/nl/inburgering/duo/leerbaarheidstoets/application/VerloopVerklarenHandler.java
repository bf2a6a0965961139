package nl.inburgering.duo.leerbaarheidstoets.application;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.inburgering.duo.leerbaarheidstoets.domain.Toetsstatus;
import nl.inburgering.duo.leerbaarheidstoets.persistence.ToetsEntity;
import nl.inburgering.duo.leerbaarheidstoets.persistence.ToetsRepository;
import nl.inburgering.platform.logboek.Logboek;
import nl.inburgering.platform.logboek.Verwerkingsactiviteit;
import nl.inburgering.platform.persoon.Persoonsvergrendeling;

/**
 * Seed §4.2: the verklaring of the toetsbegeleider. A negatieve verklaring ordentelijk verloop makes the toets
 * ONGELDIG and DUO sets a new one ready at once (new examennummer, herkansing) for the gemeente of the
 * verklaring. An ordentelijk verloop is recorded; with the uitslag also in, the uitkomst (#6) goes out.
 *
 * <p>A verklaring DUO cannot place (no lopende toets, an examennummer of another person, a second verklaring
 * for the same toets) is logged and ignored, not dead-lettered: the event itself is valid, it arrives after
 * the toets was skipped, replaced or already declared, and nothing an operator does to it can change that.
 */
@Service
public class VerloopVerklarenHandler {

    private static final Logger log = LoggerFactory.getLogger(VerloopVerklarenHandler.class);

    static final Verwerkingsactiviteit VERKLAREN = new Verwerkingsactiviteit(
            "https://inburgering.nl/verwerkingsactiviteiten/duo/leerbaarheidstoets-verloop-verwerken",
            "Verklaring ordentelijk verloop leerbaarheidstoets verwerken");

    private final ToetsRepository toetsen;
    private final Toetsmeldingen meldingen;
    private final Persoonsvergrendeling vergrendeling;
    private final Logboek logboek;
    private final Clock clock;

    VerloopVerklarenHandler(ToetsRepository toetsen, Toetsmeldingen meldingen, Persoonsvergrendeling vergrendeling,
            Logboek logboek, Clock clock) {
        this.toetsen = toetsen;
        this.meldingen = meldingen;
        this.vergrendeling = vergrendeling;
        this.logboek = logboek;
        this.clock = clock;
    }

    @Transactional
    public void handle(VerloopVerklaren command) {
        vergrendeling.vergrendel(command.bsn());
        Optional<ToetsEntity> gevonden = command.examennummer() == null
                ? toetsen.findFirstByBsnAndStatusInOrderByKlaargezetOpDesc(command.bsn(),
                        EnumSet.of(Toetsstatus.KLAARGEZET, Toetsstatus.AFGENOMEN))
                : toetsen.findByExamennummer(command.examennummer()).filter(t -> t.getBsn().equals(command.bsn()));
        if (gevonden.isEmpty()) {
            log.info("Verklaring ordentelijk verloop zonder lopende leerbaarheidstoets van deze persoon; genegeerd");
            return;
        }
        ToetsEntity toets = gevonden.get();
        if (!toets.getStatus().isLopend() || toets.isVerklaard()) {
            log.info("Verklaring ordentelijk verloop voor toets {} met status {} (verklaard: {}); genegeerd",
                    toets.getExamennummer(), toets.getStatus(), toets.isVerklaard());
            return;
        }
        logboek.leg(VERKLAREN, command.bsn());
        Instant nu = clock.instant();
        if (command.ordentelijkVerloop()) {
            toets.ordentelijkVerlopen(command.gemeentecode(), command.toelichting(), nu);
            meldingen.uitkomstAlsCompleet(toets);
        } else {
            toets.ongeldig(command.gemeentecode(), command.toelichting(), nu);
            ToetsEntity nieuw = toetsen.save(
                    ToetsEntity.herkansing(command.bsn(), toetsen.volgendExamennummer(), command.gemeentecode(), nu));
            meldingen.klaargezet(nieuw, command.gemeentecode(), nu);
        }
    }
}
