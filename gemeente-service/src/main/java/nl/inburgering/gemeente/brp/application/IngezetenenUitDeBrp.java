package nl.inburgering.gemeente.brp.application;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.inburgering.gemeente.brp.api.Ingezetenen;
import nl.inburgering.gemeente.brp.persistence.BrpInschrijvingEntity;
import nl.inburgering.gemeente.brp.persistence.BrpInschrijvingRepository;
import nl.inburgering.platform.bsn.Bsn;

/** Reads the current gemeente of the person's inschrijving; called within the caller's verwerking. */
@Service
class IngezetenenUitDeBrp implements Ingezetenen {

    private final BrpInschrijvingRepository inschrijvingen;

    IngezetenenUitDeBrp(BrpInschrijvingRepository inschrijvingen) {
        this.inschrijvingen = inschrijvingen;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean isIngezeteneVan(Bsn bsn, String gemeentecode) {
        return inschrijvingen.findByBsn(bsn.value()).filter(BrpInschrijvingEntity::isIngezetene)
                .map(i -> gemeentecode.equals(i.getGemeentecode())).orElse(false);
    }

    @Override
    @Transactional(readOnly = true)
    public java.util.Optional<java.time.LocalDate> geboortedatum(Bsn bsn) {
        return inschrijvingen.findByBsn(bsn.value()).map(i -> i.getGeboortedatum());
    }
}
