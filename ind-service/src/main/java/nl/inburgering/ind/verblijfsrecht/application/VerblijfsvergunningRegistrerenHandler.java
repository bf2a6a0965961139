package nl.inburgering.ind.verblijfsrecht.application;

import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.inburgering.ind.verblijfsrecht.domain.Verblijfsvergunning;
import nl.inburgering.ind.verblijfsrecht.persistence.VerblijfsvergunningEntity;
import nl.inburgering.ind.verblijfsrecht.persistence.VerblijfsvergunningRepository;
import nl.inburgering.platform.logboek.Verwerkingsactiviteit;
import nl.inburgering.platform.verwerking.Persoonsverwerking;
import nl.inburgering.platform.web.ConflictException;

@Service
public class VerblijfsvergunningRegistrerenHandler {

    static final Verwerkingsactiviteit REGISTREREN = new Verwerkingsactiviteit(
            "https://inburgering.nl/verwerkingsactiviteiten/ind/verblijfsvergunning-registreren", "Verblijfsvergunning registreren");

    private final VerblijfsvergunningRepository vergunningen;
    private final VerblijfsdoelLevering levering;
    private final Persoonsverwerking persoonsverwerking;

    VerblijfsvergunningRegistrerenHandler(VerblijfsvergunningRepository vergunningen, VerblijfsdoelLevering levering,
            Persoonsverwerking persoonsverwerking) {
        this.vergunningen = vergunningen;
        this.levering = levering;
        this.persoonsverwerking = persoonsverwerking;
    }

    /**
     * Under the person's lock: a vergunning that already exists is refused (409) before anything is processed, so
     * a refusal leaves no Logboek record, as before the template.
     */
    @Transactional
    public void handle(VerblijfsvergunningRegistreren command) {
        Verblijfsvergunning vergunning = command.vergunning();
        boolean geregistreerd = persoonsverwerking.wijzigAlsBekend(REGISTREREN, vergunning.bsn(),
                bsn -> weigering(vergunning).isEmpty(), verwerking -> {
                    vergunningen.save(new VerblijfsvergunningEntity(vergunning, verwerking.nu()));
                    levering.leverIndienCompleet(vergunning.bsn());
                });
        if (!geregistreerd) {
            throw new ConflictException(weigering(vergunning).orElseThrow());
        }
    }

    private Optional<String> weigering(Verblijfsvergunning vergunning) {
        if (vergunningen.existsById(vergunning.vNummer())) {
            return Optional.of("Er is al een verblijfsvergunning met dit V-nummer.");
        }
        if (vergunningen.findByBsn(vergunning.bsn()).isPresent()) {
            return Optional.of("Deze persoon heeft al een verblijfsvergunning; "
                    + "een wijziging van verblijfsrecht is een ander proces.");
        }
        return Optional.empty();
    }
}
