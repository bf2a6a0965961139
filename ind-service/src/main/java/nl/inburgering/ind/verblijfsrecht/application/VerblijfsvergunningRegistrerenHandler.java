package nl.inburgering.ind.verblijfsrecht.application;

import java.time.Clock;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.inburgering.ind.verblijfsrecht.domain.Verblijfsvergunning;
import nl.inburgering.ind.verblijfsrecht.persistence.VerblijfsvergunningEntity;
import nl.inburgering.ind.verblijfsrecht.persistence.VerblijfsvergunningRepository;
import nl.inburgering.platform.persoon.Persoonsvergrendeling;
import nl.inburgering.platform.logboek.Logboek;
import nl.inburgering.platform.logboek.Verwerkingsactiviteit;
import nl.inburgering.platform.web.ConflictException;

@Service
public class VerblijfsvergunningRegistrerenHandler {

    static final Verwerkingsactiviteit REGISTREREN = new Verwerkingsactiviteit(
            "https://inburgering.nl/verwerkingsactiviteiten/ind/verblijfsvergunning-registreren", "Verblijfsvergunning registreren");

    private final VerblijfsvergunningRepository vergunningen;
    private final VerblijfsdoelLevering levering;
    private final Persoonsvergrendeling vergrendeling;
    private final Logboek logboek;
    private final Clock clock;

    VerblijfsvergunningRegistrerenHandler(VerblijfsvergunningRepository vergunningen, VerblijfsdoelLevering levering,
            Persoonsvergrendeling vergrendeling, Logboek logboek, Clock clock) {
        this.logboek = logboek;
        this.vergunningen = vergunningen;
        this.levering = levering;
        this.vergrendeling = vergrendeling;
        this.clock = clock;
    }

    @Transactional
    public void handle(VerblijfsvergunningRegistreren command) {
        Verblijfsvergunning vergunning = command.vergunning();
        vergrendeling.vergrendel(vergunning.bsn());
        if (vergunningen.existsById(vergunning.vNummer())) {
            throw new ConflictException("Er is al een verblijfsvergunning met dit V-nummer.");
        }
        if (vergunningen.findByBsn(vergunning.bsn()).isPresent()) {
            throw new ConflictException("Deze persoon heeft al een verblijfsvergunning; "
                    + "een wijziging van verblijfsrecht is een ander proces.");
        }
        vergunningen.save(new VerblijfsvergunningEntity(vergunning, clock.instant()));
        logboek.leg(REGISTREREN, vergunning.bsn());
        levering.leverIndienCompleet(vergunning.bsn());
    }
}
