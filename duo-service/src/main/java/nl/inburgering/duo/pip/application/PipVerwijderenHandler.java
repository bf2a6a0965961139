package nl.inburgering.duo.pip.application;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.inburgering.duo.pip.domain.Overtreding;
import nl.inburgering.duo.pip.persistence.InburgeringstermijnRepository;
import nl.inburgering.duo.pip.persistence.PipEntity;
import nl.inburgering.duo.pip.persistence.PipRepository;
import nl.inburgering.platform.bsn.Bsn;
import nl.inburgering.platform.logboek.Verwerkingsactiviteit;
import nl.inburgering.platform.verwerking.Persoonsverwerking;

/**
 * DELETE of the M2M PIP API (README "Het verwijderen van een PIP"): only while the termijn is not set and no
 * cursusdeelnameuren are registered. DUO sets the termijn at once on the first PIP, so in this system a PIP is
 * never deletable once registered: the answer is always the refusal with its reason. The uren condition is
 * therefore never the deciding one and is not looked up.
 */
@Service
public class PipVerwijderenHandler {

    public static final String TERMIJN_VASTGESTELD = "TERMIJN_VASTGESTELD";
    public static final String PIP_VAN_ANDERE_GEMEENTE = "PIP_VAN_ANDERE_GEMEENTE";

    static final Verwerkingsactiviteit VERWIJDEREN = new Verwerkingsactiviteit(
            "https://inburgering.nl/verwerkingsactiviteiten/duo/pip-verwijderen",
            "PIP verwijderen op verzoek van een gemeente (M2M)");

    private final PipRepository pips;
    private final InburgeringstermijnRepository termijnen;
    private final Persoonsverwerking verwerking;

    PipVerwijderenHandler(PipRepository pips, InburgeringstermijnRepository termijnen, Persoonsverwerking verwerking) {
        this.pips = pips;
        this.termijnen = termijnen;
        this.verwerking = verwerking;
    }

    /** Empty when there is no actuele PIP; otherwise the reasons it was not deleted (empty: deleted). */
    @Transactional
    public Optional<List<Overtreding>> handle(PipVerwijderen command) {
        Bsn bsn = command.bsn();
        String gemeentecode = command.gemeentecode();
        List<List<Overtreding>> uitkomst = new ArrayList<>();
        verwerking.wijzigAlsBekend(VERWIJDEREN, bsn, b -> actuele(b).isPresent(), v -> {
            PipEntity actuele = actuele(bsn).orElseThrow();
            List<Overtreding> overtredingen = new ArrayList<>();
            if (!actuele.getGemeentecode().equals(gemeentecode)) {
                overtredingen.add(new Overtreding("bsn", PIP_VAN_ANDERE_GEMEENTE,
                        "Alleen de gemeente van het actuele PIP kan het verwijderen."));
            }
            if (termijnen.existsById(bsn.value())) {
                overtredingen.add(new Overtreding("bsn", TERMIJN_VASTGESTELD,
                        "Het PIP kan niet worden verwijderd: de inburgeringstermijn is al vastgesteld."));
            }
            if (overtredingen.isEmpty()) {
                actuele.verwijder(v.vandaag());
            }
            uitkomst.add(List.copyOf(overtredingen));
        });
        return uitkomst.stream().findFirst();
    }

    private Optional<PipEntity> actuele(Bsn bsn) {
        return pips.findFirstByBsnAndVerwijderdFalseOrderByIdDesc(bsn.value());
    }
}
