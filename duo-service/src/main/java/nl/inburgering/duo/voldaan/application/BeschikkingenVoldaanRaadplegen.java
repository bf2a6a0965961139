package nl.inburgering.duo.voldaan.application;

import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.inburgering.duo.voldaan.persistence.BeschikkingVoldaanRepository;
import nl.inburgering.platform.bsn.Bsn;
import nl.inburgering.platform.logboek.Verwerkingsactiviteit;
import nl.inburgering.platform.verwerking.Persoonsverwerking;

/** The beschikking voldaan of a person at the source (seed §15.2); a read of one found is recorded in the Logboek. */
@Service
@Transactional(readOnly = true)
public class BeschikkingenVoldaanRaadplegen {

    static final Verwerkingsactiviteit RAADPLEGEN = new Verwerkingsactiviteit(
            "https://inburgering.nl/verwerkingsactiviteiten/duo/beschikking-voldaan-raadplegen",
            "Beschikking voldaan inburgeringsplicht raadplegen");

    private final BeschikkingVoldaanRepository beschikkingen;
    private final Persoonsverwerking verwerking;

    BeschikkingenVoldaanRaadplegen(BeschikkingVoldaanRepository beschikkingen, Persoonsverwerking verwerking) {
        this.beschikkingen = beschikkingen;
        this.verwerking = verwerking;
    }

    /** Empty when DUO has no beschikking voldaan for the person, known to DUO or not. */
    public Optional<BeschikkingVoldaan> beschikking(Bsn bsn) {
        return beschikkingen.findById(bsn.value()).map(b -> verwerking.raadpleeg(RAADPLEGEN, bsn,
                () -> new BeschikkingVoldaan(b.getDatumBeschikking(), b.getDatumVoldaan(), b.getLeerroute(),
                        b.getWaardepapier())));
    }
}
