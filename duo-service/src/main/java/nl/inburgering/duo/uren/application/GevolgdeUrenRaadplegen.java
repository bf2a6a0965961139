package nl.inburgering.duo.uren.application;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.inburgering.duo.dossier.api.Dossiers;
import nl.inburgering.duo.uren.persistence.GevolgdeUrenRepository;
import nl.inburgering.platform.bsn.Bsn;
import nl.inburgering.platform.logboek.Verwerkingsactiviteit;
import nl.inburgering.platform.verwerking.Persoonsverwerking;

/** M2M GevolgdeUren GET: the stand of every gemeente that reported hours for the person. */
@Service
@Transactional(readOnly = true)
public class GevolgdeUrenRaadplegen {

    static final Verwerkingsactiviteit RAADPLEGEN = new Verwerkingsactiviteit(
            "https://inburgering.nl/verwerkingsactiviteiten/duo/gevolgde-uren-raadplegen",
            "Gevolgde uren raadplegen (M2M)");

    private final GevolgdeUrenRepository uren;
    private final Dossiers dossiers;
    private final Persoonsverwerking verwerking;

    GevolgdeUrenRaadplegen(GevolgdeUrenRepository uren, Dossiers dossiers, Persoonsverwerking verwerking) {
        this.uren = uren;
        this.dossiers = dossiers;
        this.verwerking = verwerking;
    }

    /** Empty when DUO does not know the person. */
    public Optional<List<Urenstand>> perGemeente(Bsn bsn) {
        if (!dossiers.isBekend(bsn)) {
            return Optional.empty();
        }
        return Optional.of(verwerking.raadpleeg(RAADPLEGEN, bsn, () -> uren.findByBsnOrderByGemeentecode(bsn.value())
                .stream()
                .map(stand -> new Urenstand(stand.getGemeentecode(), stand.getPeildatum(),
                        stand.getUrenTaallesEnKnmBredeIntake(), stand.getUrenParticipatieactiviteitenBredeIntake(),
                        stand.getUrenParticipatieAlsTaalles()))
                .toList()));
    }
}
