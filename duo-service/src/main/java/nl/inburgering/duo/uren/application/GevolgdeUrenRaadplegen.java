package nl.inburgering.duo.uren.application;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.inburgering.duo.inburgeringsplicht.persistence.InburgeringsplichtRepository;
import nl.inburgering.duo.uren.persistence.GevolgdeUrenEntity;
import nl.inburgering.duo.uren.persistence.GevolgdeUrenRepository;
import nl.inburgering.platform.logboek.Logboek;
import nl.inburgering.platform.logboek.Verwerkingsactiviteit;

/** M2M GevolgdeUren GET: the stand of every gemeente that reported hours for the person. */
@Service
@Transactional(readOnly = true)
public class GevolgdeUrenRaadplegen {

    static final Verwerkingsactiviteit RAADPLEGEN = new Verwerkingsactiviteit(
            "https://inburgering.nl/verwerkingsactiviteiten/duo/gevolgde-uren-raadplegen",
            "Gevolgde uren raadplegen (M2M)");

    private final GevolgdeUrenRepository uren;
    private final InburgeringsplichtRepository plichten;
    private final Logboek logboek;

    GevolgdeUrenRaadplegen(GevolgdeUrenRepository uren, InburgeringsplichtRepository plichten, Logboek logboek) {
        this.uren = uren;
        this.plichten = plichten;
        this.logboek = logboek;
    }

    /** Empty when DUO does not know the person. */
    public Optional<List<GevolgdeUrenEntity>> perGemeente(String bsn) {
        if (!plichten.existsById(bsn)) {
            return Optional.empty();
        }
        logboek.leg(RAADPLEGEN, bsn);
        return Optional.of(uren.findByBsnOrderByGemeentecode(bsn));
    }
}
