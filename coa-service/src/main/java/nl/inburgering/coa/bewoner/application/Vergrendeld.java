package nl.inburgering.coa.bewoner.application;

import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import nl.inburgering.coa.bewoner.persistence.BewonerEntity;
import nl.inburgering.coa.bewoner.persistence.BewonerRepository;
import nl.inburgering.coa.bewoner.persistence.KoppelingEntity;
import nl.inburgering.coa.bewoner.persistence.KoppelingRepository;
import nl.inburgering.platform.persoon.Persoonsvergrendeling;
import nl.inburgering.platform.web.NietGevondenException;

/**
 * Loads a bewoner (or a koppeling) for a change only after this transaction holds the person's lock, so a REST call
 * and a Kafka event about the same person always see each other's effect.
 */
@Component
class Vergrendeld {

    static final String KOPPELING_NIET_GEVONDEN = "Deze koppeling bestaat niet in uw gemeente.";

    private final BewonerRepository bewoners;
    private final KoppelingRepository koppelingen;
    private final Persoonsvergrendeling vergrendeling;

    Vergrendeld(BewonerRepository bewoners, KoppelingRepository koppelingen, Persoonsvergrendeling vergrendeling) {
        this.bewoners = bewoners;
        this.koppelingen = koppelingen;
        this.vergrendeling = vergrendeling;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    BewonerEntity bewoner(UUID id) {
        String bsn = bewoners.bsnVan(id).orElseThrow(() -> new NietGevondenException("Deze bewoner bestaat niet."));
        vergrendeling.vergrendel(bsn);
        return bewoners.findById(id).orElseThrow();
    }

    /**
     * The current koppeling of the caller's gemeente; a koppeling of another gemeente, or one a re-koppeling
     * replaced, is not found, exactly like one that does not exist.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    KoppelingEntity koppelingVan(String gemeentecode, UUID koppelingId) {
        String bsn = koppelingen.bsnVan(koppelingId)
                .orElseThrow(() -> new NietGevondenException(KOPPELING_NIET_GEVONDEN));
        vergrendeling.vergrendel(bsn);
        return koppelingen.findById(koppelingId)
                .filter(k -> k.isActueel() && k.getGemeentecode().equals(gemeentecode))
                .orElseThrow(() -> new NietGevondenException(KOPPELING_NIET_GEVONDEN));
    }
}
