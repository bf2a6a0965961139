package nl.inburgering.ind.voldaan.application;

import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import nl.inburgering.ind.voldaan.domain.BeschikkingVoldaan;
import nl.inburgering.ind.voldaan.domain.Inburgeringsvereiste;
import nl.inburgering.ind.voldaan.persistence.BeschikkingVoldaanKopieRepository;
import nl.inburgering.platform.bsn.Bsn;
import nl.inburgering.platform.logboek.Verwerkingsactiviteit;
import nl.inburgering.platform.verwerking.Persoonsverwerking;

/**
 * "Heeft deze vreemdeling de inburgeringsplicht voldaan?" (IND's naturalisatie and verblijfsvergunning onbepaalde
 * tijd): IND asks DUO at the source (seed §15.2, plateau 2). When DUO cannot be reached, the copy of #10 IND received
 * answers, and says so; without a copy the question cannot be answered now ({@link DuoBeschikkingen.DuoNietBeschikbaarException}).
 */
@Service
public class InburgeringsvereisteToetsen {

    private static final Logger log = LoggerFactory.getLogger(InburgeringsvereisteToetsen.class);

    static final Verwerkingsactiviteit TOETSEN = new Verwerkingsactiviteit(
            "https://inburgering.nl/verwerkingsactiviteiten/ind/inburgeringsvereiste-toetsen",
            "Toetsen of een vreemdeling de inburgeringsplicht heeft voldaan");

    private final DuoBeschikkingen duo;
    private final BeschikkingVoldaanKopieRepository kopieen;
    private final Persoonsverwerking verwerking;

    InburgeringsvereisteToetsen(DuoBeschikkingen duo, BeschikkingVoldaanKopieRepository kopieen,
            Persoonsverwerking verwerking) {
        this.duo = duo;
        this.kopieen = kopieen;
        this.verwerking = verwerking;
    }

    /** No transaction around it: the question to DUO holds no database connection. */
    public Inburgeringsvereiste toets(Bsn bsn) {
        return verwerking.raadpleeg(TOETSEN, bsn, () -> {
            try {
                Optional<BeschikkingVoldaan> beschikking = duo.beschikkingVoldaan(bsn);
                return new Inburgeringsvereiste(beschikking.isPresent(), beschikking.orElse(null),
                        Inburgeringsvereiste.Bron.DUO);
            } catch (DuoBeschikkingen.DuoNietBeschikbaarException e) {
                Optional<BeschikkingVoldaan> kopie = kopieen.findById(bsn.value()).map(k -> k.alsBeschikking());
                if (kopie.isEmpty()) {
                    throw e;
                }
                log.warn("DUO niet bereikbaar ({}); de kopie van #10 beantwoordt de vraag", e.getMessage());
                return new Inburgeringsvereiste(true, kopie.get(), Inburgeringsvereiste.Bron.KOPIE_VAN_STELSELDIENST_10);
            }
        });
    }
}
