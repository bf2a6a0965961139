package nl.inburgering.duo.termijnbewaking.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.inburgering.duo.dossier.api.Dossiers;
import nl.inburgering.duo.termijnbewaking.api.Deadlinesoort;
import nl.inburgering.duo.termijnbewaking.api.Termijnbewaking;
import nl.inburgering.duo.termijnbewaking.persistence.DeadlineRepository;
import nl.inburgering.duo.termijnbewaking.persistence.KennisgevingRepository;
import nl.inburgering.duo.termijnbewaking.persistence.LeerrouteTeLaatEntity;
import nl.inburgering.duo.termijnbewaking.persistence.LeerrouteTeLaatRepository;
import nl.inburgering.platform.bsn.Bsn;
import nl.inburgering.platform.logboek.Verwerkingsactiviteit;
import nl.inburgering.platform.verwerking.Persoonsverwerking;
import nl.inburgering.platform.web.NietGevondenException;

/** DUO's backoffice reads a person's deadlines and kennisgevingen; other features ask whether the leerroute was late. */
@Service
@Transactional(readOnly = true)
public class TermijnbewakingRaadplegen implements Termijnbewaking {

    static final Verwerkingsactiviteit RAADPLEGEN = new Verwerkingsactiviteit(
            "https://inburgering.nl/verwerkingsactiviteiten/duo/termijnbewaking-raadplegen",
            "Termijnbewaking raadplegen");

    /** One deadline as the backoffice sees it; {@code gevuurdOp} null while it has not fired. */
    public record Deadline(Deadlinesoort soort, LocalDate vervaldag, Instant gevuurdOp) {
    }

    public record Kennisgeving(String soort, LocalDate einddatumTermijn, Instant verstuurdOp) {
    }

    public record Overzicht(List<Deadline> deadlines, List<Kennisgeving> kennisgevingen,
            LocalDate leerrouteTeLaatSinds) {
    }

    private final DeadlineRepository deadlines;
    private final KennisgevingRepository kennisgevingen;
    private final LeerrouteTeLaatRepository teLaat;
    private final Dossiers dossiers;
    private final Persoonsverwerking verwerking;

    TermijnbewakingRaadplegen(DeadlineRepository deadlines, KennisgevingRepository kennisgevingen,
            LeerrouteTeLaatRepository teLaat, Dossiers dossiers, Persoonsverwerking verwerking) {
        this.deadlines = deadlines;
        this.kennisgevingen = kennisgevingen;
        this.teLaat = teLaat;
        this.dossiers = dossiers;
        this.verwerking = verwerking;
    }

    /** 404 for a person DUO does not know. */
    public Overzicht overzicht(Bsn bsn) {
        if (!dossiers.isBekend(bsn)) {
            throw new NietGevondenException("DUO kent deze persoon niet.");
        }
        return verwerking.raadpleeg(RAADPLEGEN, bsn, () -> new Overzicht(
                deadlines.findByBsnOrderByVervaldagAscVolgordeAsc(bsn.value()).stream()
                        .map(d -> new Deadline(d.getSoort(), d.getVervaldag(), d.getGevuurdOp())).toList(),
                kennisgevingen.findByBsnOrderByVerstuurdOpAsc(bsn.value()).stream()
                        .map(k -> new Kennisgeving(k.getSoort(), k.getEinddatumTermijn(), k.getVerstuurdOp()))
                        .toList(),
                leerrouteTeLaatSinds(bsn).orElse(null)));
    }

    @Override
    public boolean leerrouteTeLaat(Bsn bsn) {
        return teLaat.existsById(bsn.value());
    }

    @Override
    public Optional<LocalDate> leerrouteTeLaatSinds(Bsn bsn) {
        return teLaat.findById(bsn.value()).map(LeerrouteTeLaatEntity::getVervaldag);
    }
}
