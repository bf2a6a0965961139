package nl.inburgering.duo.pip.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.inburgering.duo.pip.domain.Overtreding;
import nl.inburgering.duo.pip.persistence.InburgeringstermijnRepository;
import nl.inburgering.duo.pip.persistence.PipEntity;
import nl.inburgering.duo.pip.persistence.PipRepository;
import nl.inburgering.platform.logboek.Logboek;
import nl.inburgering.platform.logboek.Verwerkingsactiviteit;
import nl.inburgering.platform.persoon.Persoonsvergrendeling;

/**
 * DELETE of the M2M PIP API (README "Het verwijderen van een PIP"): only while the termijn is not set and no
 * cursusdeelnameuren are registered. DUO sets the termijn at once on the first PIP, so in this system a PIP is
 * never deletable once registered: the answer is always the refusal with its reason. The uren condition is
 * therefore never the deciding one and is not looked up.
 */
@Service
public class PipVerwijderen {

    public static final String TERMIJN_VASTGESTELD = "TERMIJN_VASTGESTELD";
    public static final String PIP_VAN_ANDERE_GEMEENTE = "PIP_VAN_ANDERE_GEMEENTE";

    static final Verwerkingsactiviteit VERWIJDEREN = new Verwerkingsactiviteit(
            "https://inburgering.nl/verwerkingsactiviteiten/duo/pip-verwijderen",
            "PIP verwijderen op verzoek van een gemeente (M2M)");

    private final PipRepository pips;
    private final InburgeringstermijnRepository termijnen;
    private final Persoonsvergrendeling vergrendeling;
    private final Logboek logboek;
    private final Clock clock;

    PipVerwijderen(PipRepository pips, InburgeringstermijnRepository termijnen, Persoonsvergrendeling vergrendeling,
            Logboek logboek, Clock clock) {
        this.pips = pips;
        this.termijnen = termijnen;
        this.vergrendeling = vergrendeling;
        this.logboek = logboek;
        this.clock = clock;
    }

    /** Empty when there is no actuele PIP; otherwise the reasons it was not deleted (empty: deleted). */
    @Transactional
    public Optional<List<Overtreding>> handle(String bsn, String gemeentecode) {
        vergrendeling.vergrendel(bsn);
        Optional<PipEntity> actuele = pips.findFirstByBsnAndVerwijderdFalseOrderByIdDesc(bsn);
        if (actuele.isEmpty()) {
            return Optional.empty();
        }
        logboek.leg(VERWIJDEREN, bsn);
        List<Overtreding> overtredingen = new ArrayList<>();
        if (!actuele.get().getGemeentecode().equals(gemeentecode)) {
            overtredingen.add(new Overtreding("bsn", PIP_VAN_ANDERE_GEMEENTE,
                    "Alleen de gemeente van het actuele PIP kan het verwijderen."));
        }
        if (termijnen.existsById(bsn)) {
            overtredingen.add(new Overtreding("bsn", TERMIJN_VASTGESTELD,
                    "Het PIP kan niet worden verwijderd: de inburgeringstermijn is al vastgesteld."));
        }
        if (overtredingen.isEmpty()) {
            actuele.get().verwijder(LocalDate.now(clock));
        }
        return Optional.of(List.copyOf(overtredingen));
    }
}
