package nl.inburgering.ind.voldaan.application;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import nl.inburgering.ind.voldaan.domain.BeschikkingVoldaan;
import nl.inburgering.ind.voldaan.persistence.BeschikkingVoldaanKopieEntity;
import nl.inburgering.ind.voldaan.persistence.BeschikkingVoldaanKopieRepository;
import nl.inburgering.platform.bsn.Bsn;
import nl.inburgering.platform.logboek.Verwerkingsactiviteit;
import nl.inburgering.platform.verwerking.Persoonsverwerking;

/**
 * #10 in (the catalogue addresses IND too): IND keeps DUO's beschikking voldaan as a copy, one per person (a later one
 * replaces it), for when DUO cannot be asked at the source.
 */
@Service
public class BeschikkingVoldaanOpnemen {

    static final Verwerkingsactiviteit OPNEMEN = new Verwerkingsactiviteit(
            "https://inburgering.nl/verwerkingsactiviteiten/ind/beschikking-voldaan-opnemen",
            "Beschikking voldaan inburgeringsplicht van DUO opnemen");

    private final BeschikkingVoldaanKopieRepository kopieen;
    private final Persoonsverwerking verwerking;

    BeschikkingVoldaanOpnemen(BeschikkingVoldaanKopieRepository kopieen, Persoonsverwerking verwerking) {
        this.kopieen = kopieen;
        this.verwerking = verwerking;
    }

    /** Runs in the inbox transaction of the event. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void handle(Bsn bsn, BeschikkingVoldaan beschikking) {
        verwerking.wijzig(OPNEMEN, bsn, v -> {
            BeschikkingVoldaanKopieEntity kopie = kopieen.findById(bsn.value())
                    .orElseGet(() -> new BeschikkingVoldaanKopieEntity(bsn.value()));
            kopie.vervang(beschikking, v.nu());
            kopieen.save(kopie);
        });
    }
}
