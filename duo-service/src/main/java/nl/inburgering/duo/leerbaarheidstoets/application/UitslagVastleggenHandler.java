package nl.inburgering.duo.leerbaarheidstoets.application;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jakarta.persistence.EntityManager;

import nl.inburgering.duo.leerbaarheidstoets.persistence.ToetsEntity;
import nl.inburgering.duo.leerbaarheidstoets.persistence.ToetsRepository;
import nl.inburgering.platform.bsn.Bsn;
import nl.inburgering.platform.logboek.Verwerkingsactiviteit;
import nl.inburgering.platform.verwerking.Persoonsverwerking;
import nl.inburgering.platform.web.ConflictException;
import nl.inburgering.platform.web.NietGevondenException;

/**
 * The uitslag of a leerbaarheidstoets from DUO's toetsafname-systeem. With the verklaring ordentelijk verloop
 * already in, the uitkomst (#6) goes out in this transaction; otherwise it waits for the verklaring. A toets
 * declared ongeldig, skipped, or with an uitslag already, is a conflict: its uitslag counts for nothing or
 * has been given.
 */
@Service
public class UitslagVastleggenHandler {

    static final Verwerkingsactiviteit VASTLEGGEN = new Verwerkingsactiviteit(
            "https://inburgering.nl/verwerkingsactiviteiten/duo/leerbaarheidstoets-uitslag-vastleggen",
            "Uitslag leerbaarheidstoets vastleggen");

    private final ToetsRepository toetsen;
    private final Toetsmeldingen meldingen;
    private final EntityManager entityManager;
    private final Persoonsverwerking verwerking;

    UitslagVastleggenHandler(ToetsRepository toetsen, Toetsmeldingen meldingen, EntityManager entityManager,
            Persoonsverwerking verwerking) {
        this.toetsen = toetsen;
        this.meldingen = meldingen;
        this.entityManager = entityManager;
        this.verwerking = verwerking;
    }

    @Transactional
    public Uitslagverwerking handle(UitslagVastleggen command) {
        ToetsEntity toets = toetsen.findByExamennummer(command.examennummer())
                .orElseThrow(() -> new NietGevondenException("DUO kent geen leerbaarheidstoets met dit examennummer."));
        return verwerking.wijzigMetUitkomst(VASTLEGGEN, Bsn.of(toets.getBsn()), v -> {
            // The verklaring (an event) may have touched the same toets before we held the lock: read it again.
            entityManager.refresh(toets);
            switch (toets.getStatus()) {
                case AFGEROND -> throw new ConflictException("De uitkomst van deze leerbaarheidstoets is al geleverd.");
                case ONGELDIG -> throw new ConflictException(
                        "Deze leerbaarheidstoets is ongeldig verklaard (negatieve verklaring ordentelijk verloop).");
                case OVERGESLAGEN -> throw new ConflictException(
                        "Deze leerbaarheidstoets is overgeslagen; het examennummer is ingetrokken.");
                default -> {
                    if (toets.heeftUitslag()) {
                        throw new ConflictException("De uitslag van deze leerbaarheidstoets is al vastgelegd.");
                    }
                }
            }
            toets.uitslag(command.datumAfname(), command.behaaldeScore(), v.nu());
            boolean geleverd = meldingen.uitkomstAlsCompleet(v, toets);
            return new Uitslagverwerking(toets.getExamennummer(), toets.getStatus(), geleverd);
        });
    }
}
