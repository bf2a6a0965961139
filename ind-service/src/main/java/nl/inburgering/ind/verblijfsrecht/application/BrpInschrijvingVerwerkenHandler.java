package nl.inburgering.ind.verblijfsrecht.application;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import nl.inburgering.ind.verblijfsrecht.domain.BrpInschrijving;
import nl.inburgering.ind.verblijfsrecht.persistence.BrpInschrijvingEntity;
import nl.inburgering.ind.verblijfsrecht.persistence.BrpInschrijvingRepository;
import nl.inburgering.platform.logboek.Verwerkingsactiviteit;
import nl.inburgering.platform.verwerking.Persoonsverwerking;

/** Handles the BRP inschrijving event: IND learns the vestigingsgemeente (seed §3.2). */
@Service
public class BrpInschrijvingVerwerkenHandler {

    static final Verwerkingsactiviteit VERWERKEN = new Verwerkingsactiviteit(
            "https://inburgering.nl/verwerkingsactiviteiten/ind/brp-inschrijving-verwerken", "BRP-inschrijving van een vreemdeling verwerken");

    private final BrpInschrijvingRepository inschrijvingen;
    private final VerblijfsdoelLevering levering;
    private final Persoonsverwerking persoonsverwerking;

    BrpInschrijvingVerwerkenHandler(BrpInschrijvingRepository inschrijvingen, VerblijfsdoelLevering levering,
            Persoonsverwerking persoonsverwerking) {
        this.inschrijvingen = inschrijvingen;
        this.levering = levering;
        this.persoonsverwerking = persoonsverwerking;
    }

    /** Runs in the inbox transaction of the event. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void handle(BrpInschrijvingVerwerken command) {
        BrpInschrijving inschrijving = command.inschrijving();
        persoonsverwerking.wijzig(VERWERKEN, inschrijving.bsn(), verwerking -> {
            inschrijvingen.findById(inschrijving.bsn().value()).ifPresentOrElse(bekend -> bekend.werkBij(inschrijving),
                    () -> inschrijvingen.save(new BrpInschrijvingEntity(inschrijving)));
            levering.leverIndienCompleet(inschrijving.bsn());
        });
    }
}
