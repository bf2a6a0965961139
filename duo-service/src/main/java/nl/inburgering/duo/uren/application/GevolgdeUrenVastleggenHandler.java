package nl.inburgering.duo.uren.application;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.inburgering.duo.dossier.api.Dossier;
import nl.inburgering.duo.dossier.api.Dossiers;
import nl.inburgering.duo.uren.domain.UrenPolicy;
import nl.inburgering.duo.uren.persistence.GevolgdeUrenEntity;
import nl.inburgering.duo.uren.persistence.GevolgdeUrenRepository;
import nl.inburgering.platform.logboek.Verwerkingsactiviteit;
import nl.inburgering.platform.verwerking.Persoonsverwerking;
import nl.inburgering.platform.verwerking.Verwerking;

/**
 * Seed §4 and §14.2.1: the gemeente keeps DUO's view of the hours that count for handhaving op resultaat up to
 * date, over #17 or the M2M GevolgdeUren API; both write the same stand per person and gemeente. A stand is
 * cumulative, so only the newest counts ({@link UrenPolicy#vervangt}). A person DUO does not know is not
 * processed (no Logboek record).
 */
@Service
public class GevolgdeUrenVastleggenHandler {

    static final Verwerkingsactiviteit VASTLEGGEN = new Verwerkingsactiviteit(
            "https://inburgering.nl/verwerkingsactiviteiten/duo/gevolgde-uren-vastleggen", "Gevolgde uren vastleggen");

    private final GevolgdeUrenRepository uren;
    private final Dossiers dossiers;
    private final Persoonsverwerking verwerking;

    GevolgdeUrenVastleggenHandler(GevolgdeUrenRepository uren, Dossiers dossiers, Persoonsverwerking verwerking) {
        this.uren = uren;
        this.dossiers = dossiers;
        this.verwerking = verwerking;
    }

    @Transactional
    public Urenregistratie handle(GevolgdeUrenVastleggen command) {
        AtomicReference<Urenregistratie> uitkomst = new AtomicReference<>(new Urenregistratie.OnbekendePersoon());
        verwerking.wijzigAlsBekend(VASTLEGGEN, command.bsn(), dossiers::isBekend,
                v -> uitkomst.set(leg(v, command, dossiers.dossier(command.bsn()).orElseThrow())));
        return uitkomst.get();
    }

    private Urenregistratie leg(Verwerking verwerking, GevolgdeUrenVastleggen command, Dossier dossier) {
        List<UrenPolicy.Overtreding> overtredingen = UrenPolicy.beoordeel(command.uren(),
                dossier.isAsielstatushouder());
        if (!overtredingen.isEmpty()) {
            return new Urenregistratie.Afgewezen(overtredingen);
        }
        String bsn = command.bsn().value();
        GevolgdeUrenEntity stand = uren.findById(new GevolgdeUrenEntity.Sleutel(bsn, command.gemeentecode()))
                .orElseGet(() -> new GevolgdeUrenEntity(bsn, command.gemeentecode(), command.peildatum()));
        if (!UrenPolicy.vervangt(command.peildatum(), stand.getPeildatum())) {
            return new Urenregistratie.Verouderd();
        }
        stand.stand(command.peildatum(), command.uren(), command.actualisatiemoment(), verwerking.nu());
        uren.save(stand);
        return new Urenregistratie.Geregistreerd();
    }
}
