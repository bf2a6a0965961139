package nl.inburgering.ind.verblijfsrecht.application;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import nl.inburgering.ind.verblijfsrecht.domain.BrpInschrijving;
import nl.inburgering.ind.verblijfsrecht.persistence.BrpInschrijvingEntity;
import nl.inburgering.ind.verblijfsrecht.persistence.BrpInschrijvingRepository;
import nl.inburgering.platform.persoon.Persoonsvergrendeling;
import nl.inburgering.platform.logboek.Logboek;
import nl.inburgering.platform.logboek.Verwerkingsactiviteit;

/** Handles the BRP inschrijving event: IND learns the vestigingsgemeente (seed §3.2). */
@Service
public class BrpInschrijvingVerwerken {

    static final Verwerkingsactiviteit VERWERKEN = new Verwerkingsactiviteit(
            "https://inburgering.nl/verwerkingsactiviteiten/ind/brp-inschrijving-verwerken", "BRP-inschrijving van een vreemdeling verwerken");

    private final BrpInschrijvingRepository inschrijvingen;
    private final VerblijfsdoelLevering levering;
    private final Persoonsvergrendeling vergrendeling;
    private final Logboek logboek;

    BrpInschrijvingVerwerken(BrpInschrijvingRepository inschrijvingen, VerblijfsdoelLevering levering,
            Persoonsvergrendeling vergrendeling, Logboek logboek) {
        this.logboek = logboek;
        this.inschrijvingen = inschrijvingen;
        this.levering = levering;
        this.vergrendeling = vergrendeling;
    }

    /** Runs in the inbox transaction of the event. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void handle(BrpInschrijving inschrijving) {
        vergrendeling.vergrendel(inschrijving.bsn());
        inschrijvingen.save(new BrpInschrijvingEntity(inschrijving));
        logboek.leg(VERWERKEN, inschrijving.bsn());
        levering.leverIndienCompleet(inschrijving.bsn());
    }
}
