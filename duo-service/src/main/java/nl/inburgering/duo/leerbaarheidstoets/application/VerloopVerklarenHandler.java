package nl.inburgering.duo.leerbaarheidstoets.application;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.inburgering.duo.leerbaarheidstoets.domain.Examennummers;
import nl.inburgering.duo.leerbaarheidstoets.domain.Toetsstatus;
import nl.inburgering.duo.leerbaarheidstoets.persistence.ToetsEntity;
import nl.inburgering.duo.leerbaarheidstoets.persistence.ToetsRepository;
import nl.inburgering.platform.logboek.Verwerkingsactiviteit;
import nl.inburgering.platform.verwerking.Persoonsverwerking;

/**
 * Seed §4.2: the verklaring of the toetsbegeleider. A negatieve verklaring ordentelijk verloop makes the toets
 * ONGELDIG and DUO sets a new one ready at once (new examennummer, herkansing) for the gemeente of the
 * verklaring. An ordentelijk verloop is recorded; with the uitslag also in, the uitkomst (#6) goes out.
 *
 * <p>A verklaring DUO cannot place (no lopende toets, an examennummer of another person, a second verklaring
 * for the same toets) is logged and ignored, not dead-lettered: the event itself is valid, it arrives after
 * the toets was skipped, replaced or already declared, and nothing an operator does to it can change that.
 * Nothing of the person is processed then, and nothing recorded in the Logboek.
 */
@Service
public class VerloopVerklarenHandler {

    private static final Logger log = LoggerFactory.getLogger(VerloopVerklarenHandler.class);

    static final Verwerkingsactiviteit VERKLAREN = new Verwerkingsactiviteit(
            "https://inburgering.nl/verwerkingsactiviteiten/duo/leerbaarheidstoets-verloop-verwerken",
            "Verklaring ordentelijk verloop leerbaarheidstoets verwerken");

    private final ToetsRepository toetsen;
    private final Toetsmeldingen meldingen;
    private final Persoonsverwerking verwerking;

    VerloopVerklarenHandler(ToetsRepository toetsen, Toetsmeldingen meldingen, Persoonsverwerking verwerking) {
        this.toetsen = toetsen;
        this.meldingen = meldingen;
        this.verwerking = verwerking;
    }

    @Transactional
    public void handle(VerloopVerklaren command) {
        verwerking.wijzigAlsBekend(VERKLAREN, command.bsn(), bsn -> teVerklaren(command).isPresent(), v -> {
            ToetsEntity toets = teVerklaren(command).orElseThrow();
            Instant nu = v.nu();
            if (command.ordentelijkVerloop()) {
                toets.ordentelijkVerlopen(command.gemeentecode(), command.toelichting(), nu);
                meldingen.uitkomstAlsCompleet(v, toets);
            } else {
                toets.ongeldig(command.gemeentecode(), command.toelichting(), nu);
                // Written before the herkansing's insert (Hibernate orders inserts first): one klaargezette toets.
                toetsen.flush();
                ToetsEntity nieuw = toetsen.save(ToetsEntity.herkansing(command.bsn().value(),
                        Examennummers.nieuw(), command.gemeentecode(), nu));
                meldingen.klaargezet(v, nieuw, command.gemeentecode(), nu);
            }
        });
    }

    /** Read under the person's lock: the toets this verklaring is about, if DUO can still place it. */
    private Optional<ToetsEntity> teVerklaren(VerloopVerklaren command) {
        String bsn = command.bsn().value();
        Optional<ToetsEntity> gevonden = command.examennummer() == null
                ? toetsen.findFirstByBsnAndStatusInOrderByKlaargezetOpDesc(bsn,
                        EnumSet.of(Toetsstatus.KLAARGEZET, Toetsstatus.AFGENOMEN))
                : toetsen.findByExamennummer(command.examennummer()).filter(t -> t.getBsn().equals(bsn));
        if (gevonden.isEmpty()) {
            log.info("Verklaring ordentelijk verloop zonder lopende leerbaarheidstoets van deze persoon; genegeerd");
            return Optional.empty();
        }
        ToetsEntity toets = gevonden.get();
        if (!toets.getStatus().isLopend() || toets.isVerklaard()) {
            log.info("Verklaring ordentelijk verloop voor toets {} met status {} (verklaard: {}); genegeerd",
                    toets.getExamennummer(), toets.getStatus(), toets.isVerklaard());
            return Optional.empty();
        }
        return gevonden;
    }
}
