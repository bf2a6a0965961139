package nl.inburgering.duo.uren.application;

import java.time.Clock;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.inburgering.duo.inburgeringsplicht.domain.Doelgroep;
import nl.inburgering.duo.inburgeringsplicht.persistence.InburgeringsplichtEntity;
import nl.inburgering.duo.inburgeringsplicht.persistence.InburgeringsplichtRepository;
import nl.inburgering.duo.uren.domain.UrenPolicy;
import nl.inburgering.duo.uren.persistence.GevolgdeUrenEntity;
import nl.inburgering.duo.uren.persistence.GevolgdeUrenRepository;
import nl.inburgering.platform.logboek.Logboek;
import nl.inburgering.platform.logboek.Verwerkingsactiviteit;
import nl.inburgering.platform.persoon.Persoonsvergrendeling;

/**
 * Seed §4 and §14.2.1: the gemeente keeps DUO's view of the hours that count for handhaving op resultaat up to
 * date, over #17 or the M2M GevolgdeUren API; both write the same stand per person and gemeente. A stand is
 * cumulative, so only the newest counts ({@link UrenPolicy#vervangt}).
 */
@Service
public class GevolgdeUrenVastleggenHandler {

    static final Verwerkingsactiviteit VASTLEGGEN = new Verwerkingsactiviteit(
            "https://inburgering.nl/verwerkingsactiviteiten/duo/gevolgde-uren-vastleggen", "Gevolgde uren vastleggen");

    private final GevolgdeUrenRepository uren;
    private final InburgeringsplichtRepository plichten;
    private final Persoonsvergrendeling vergrendeling;
    private final Logboek logboek;
    private final Clock clock;

    GevolgdeUrenVastleggenHandler(GevolgdeUrenRepository uren, InburgeringsplichtRepository plichten,
            Persoonsvergrendeling vergrendeling, Logboek logboek, Clock clock) {
        this.uren = uren;
        this.plichten = plichten;
        this.vergrendeling = vergrendeling;
        this.logboek = logboek;
        this.clock = clock;
    }

    @Transactional
    public Urenregistratie handle(GevolgdeUrenVastleggen command) {
        vergrendeling.vergrendel(command.bsn());
        var plicht = plichten.findById(command.bsn());
        if (plicht.isEmpty()) {
            return new Urenregistratie.OnbekendePersoon();
        }
        logboek.leg(VASTLEGGEN, command.bsn());
        List<UrenPolicy.Overtreding> overtredingen = UrenPolicy.beoordeel(command.uren(), isAsielstatushouder(plicht.get()));
        if (!overtredingen.isEmpty()) {
            return new Urenregistratie.Afgewezen(overtredingen);
        }
        GevolgdeUrenEntity stand = uren.findById(new GevolgdeUrenEntity.Sleutel(command.bsn(), command.gemeentecode()))
                .orElseGet(() -> new GevolgdeUrenEntity(command.bsn(), command.gemeentecode(), command.peildatum()));
        if (!UrenPolicy.vervangt(command.peildatum(), stand.getPeildatum())) {
            return new Urenregistratie.Verouderd();
        }
        stand.stand(command.peildatum(), command.uren(), command.actualisatiemoment(), clock.instant());
        uren.save(stand);
        return new Urenregistratie.Geregistreerd();
    }

    private static boolean isAsielstatushouder(InburgeringsplichtEntity plicht) {
        return plicht.getGedetailleerdeDoelgroep() != null
                && plicht.getGedetailleerdeDoelgroep().indeling() == Doelgroep.ASIELSTATUSHOUDER;
    }
}
