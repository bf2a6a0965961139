package nl.inburgering.duo.pip.application;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.inburgering.duo.pip.domain.Overtreding;
import nl.inburgering.duo.pip.persistence.InburgeringsaanbodEntity;
import nl.inburgering.duo.pip.persistence.InburgeringsaanbodRepository;
import nl.inburgering.platform.bsn.Bsn;
import nl.inburgering.platform.verwerking.Persoonsverwerking;

/** The M2M DELETE of an inburgeringsaanbod; recorded under the activity of its registration, as before. */
@Service
public class InburgeringsaanbodVerwijderenHandler {

    public static final String AANBOD_VAN_ANDERE_GEMEENTE = "AANBOD_VAN_ANDERE_GEMEENTE";

    private final InburgeringsaanbodRepository aanbiedingen;
    private final Persoonsverwerking verwerking;

    InburgeringsaanbodVerwijderenHandler(InburgeringsaanbodRepository aanbiedingen, Persoonsverwerking verwerking) {
        this.aanbiedingen = aanbiedingen;
        this.verwerking = verwerking;
    }

    /**
     * DELETE of the M2M API. Empty when DUO has no aanbod of the person at this instelling; otherwise the reasons
     * it was not deleted (empty: deleted). Only the gemeente that delivered the aanbod may withdraw it.
     */
    @Transactional
    public Optional<List<Overtreding>> handle(InburgeringsaanbodVerwijderen command) {
        Bsn bsn = command.bsn();
        String instellingsnummer = command.instellingsnummer();
        String gemeentecode = command.gemeentecode();
        List<List<Overtreding>> uitkomst = new ArrayList<>();
        verwerking.wijzigAlsBekend(InburgeringsaanbodRegistrerenHandler.REGISTREREN, bsn,
                b -> aanbiedingen.findByBsnAndInstellingsnummer(b.value(), instellingsnummer).isPresent(), v -> {
                    InburgeringsaanbodEntity rij = aanbiedingen
                            .findByBsnAndInstellingsnummer(bsn.value(), instellingsnummer).orElseThrow();
                    if (!rij.getGemeentecode().equals(gemeentecode)) {
                        uitkomst.add(List.of(new Overtreding("instellingsnummer", AANBOD_VAN_ANDERE_GEMEENTE,
                                "Alleen de gemeente die het inburgeringsaanbod leverde kan het verwijderen.")));
                        return;
                    }
                    aanbiedingen.delete(rij);
                    uitkomst.add(List.of());
                });
        return uitkomst.stream().findFirst();
    }
}
