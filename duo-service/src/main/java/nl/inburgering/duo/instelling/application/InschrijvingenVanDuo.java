package nl.inburgering.duo.instelling.application;

import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.inburgering.duo.instelling.api.Inschrijvingen;
import nl.inburgering.duo.instelling.persistence.InschrijvingEntity;
import nl.inburgering.duo.instelling.persistence.InschrijvingRepository;
import nl.inburgering.platform.bsn.Bsn;

/** The published read side of the instelling module. */
@Component
class InschrijvingenVanDuo implements Inschrijvingen {

    private final InschrijvingRepository inschrijvingen;
    private final Instellingsregister register;

    InschrijvingenVanDuo(InschrijvingRepository inschrijvingen, Instellingsregister register) {
        this.inschrijvingen = inschrijvingen;
        this.register = register;
    }

    @Override
    public boolean isBekendeInstelling(String instellingsnummer) {
        return register.isBekend(instellingsnummer);
    }

    @Override
    @Transactional(readOnly = true)
    public List<String> lopendeInschrijvingen(Bsn bsn) {
        return inschrijvingen.findByBsnOrderByDatumInschrijvingAsc(bsn.value()).stream()
                .filter(InschrijvingEntity::isLopend).map(InschrijvingEntity::getInstellingsnummer).distinct().toList();
    }
}
