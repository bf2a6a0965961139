package nl.inburgering.duo.resultaten.application;

import java.time.LocalDate;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.inburgering.duo.resultaten.domain.Onderdeel;
import nl.inburgering.duo.resultaten.persistence.ResultaatEntity;
import nl.inburgering.duo.resultaten.persistence.ResultaatRepository;
import nl.inburgering.platform.bsn.Bsn;
import nl.inburgering.platform.logboek.Verwerkingsactiviteit;
import nl.inburgering.platform.verwerking.Persoonsverwerking;

/** M2M GET map and pvt: the registered date of the onderdeel, whichever gemeente and channel delivered it. */
@Service
@Transactional(readOnly = true)
public class ResultatenRaadplegen {

    static final Verwerkingsactiviteit RAADPLEGEN = new Verwerkingsactiviteit(
            "https://inburgering.nl/verwerkingsactiviteiten/duo/resultaat-pvt-map-zroute-raadplegen",
            "Resultaat PVT, MAP of Z-route raadplegen (M2M)");

    private final ResultaatRepository resultaten;
    private final Persoonsverwerking verwerking;

    ResultatenRaadplegen(ResultaatRepository resultaten, Persoonsverwerking verwerking) {
        this.resultaten = resultaten;
        this.verwerking = verwerking;
    }

    /** Empty when DUO registered no date for the onderdeel (none, withdrawn, or only an indicatie verwijtbaarheid). */
    public Optional<LocalDate> datum(Bsn bsn, Onderdeel onderdeel) {
        return verwerking.raadpleeg(RAADPLEGEN, bsn, () -> resultaten
                .findById(new ResultaatEntity.Sleutel(bsn.value(), onderdeel)).map(ResultaatEntity::getDatum));
    }
}
