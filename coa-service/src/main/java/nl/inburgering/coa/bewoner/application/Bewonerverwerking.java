package nl.inburgering.coa.bewoner.application;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiFunction;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import nl.inburgering.coa.bewoner.persistence.BewonerRepository;
import nl.inburgering.coa.bewoner.persistence.KoppelingEntity;
import nl.inburgering.coa.bewoner.persistence.KoppelingRepository;
import nl.inburgering.platform.bsn.Bsn;
import nl.inburgering.platform.logboek.Verwerkingsactiviteit;
import nl.inburgering.platform.verwerking.Persoonsverwerking;
import nl.inburgering.platform.verwerking.Verwerking;
import nl.inburgering.platform.web.NietGevondenException;

/**
 * How COA's use cases on one bewoner run through the platform's {@link Persoonsverwerking}: find whose data it is,
 * lock him, check under the lock what the use case needs (a refusal, 404 or 409, throws before anything is
 * processed, so it leaves no Logboek record, as it never did), then write the Logboek record and do the work.
 */
@Component
class Bewonerverwerking {

    static final String KOPPELING_NIET_GEVONDEN = "Deze koppeling bestaat niet in uw gemeente.";

    private final BewonerRepository bewoners;
    private final KoppelingRepository koppelingen;
    private final Persoonsverwerking persoonsverwerking;

    Bewonerverwerking(BewonerRepository bewoners, KoppelingRepository koppelingen,
            Persoonsverwerking persoonsverwerking) {
        this.bewoners = bewoners;
        this.koppelingen = koppelingen;
        this.persoonsverwerking = persoonsverwerking;
    }

    /** The BSN of a bewoner, to lock him before his data is read. */
    Bsn bsnVanBewoner(UUID bewonerId) {
        return bewoners.bsnVanBewoner(bewonerId)
                .orElseThrow(() -> new NietGevondenException("Deze bewoner bestaat niet."));
    }

    /** The BSN of the bewoner of a koppeling, to lock him before his data is read. */
    Bsn bsnVanKoppeling(UUID koppelingId) {
        return koppelingen.bsnVanKoppeling(koppelingId)
                .orElseThrow(() -> new NietGevondenException(KOPPELING_NIET_GEVONDEN));
    }

    /**
     * Under the lock: the current koppeling of the caller's gemeente; a koppeling of another gemeente, or one a
     * re-koppeling replaced, is not found, exactly like one that does not exist.
     */
    KoppelingEntity actueleKoppelingVan(String gemeentecode, UUID koppelingId) {
        return koppelingen.findById(koppelingId)
                .filter(k -> k.isActueel() && k.getGemeentecode().equals(gemeentecode))
                .orElseThrow(() -> new NietGevondenException(KOPPELING_NIET_GEVONDEN));
    }

    /**
     * Locks the person, runs {@code toets} (reads what the work needs; throws the refusal), then records the
     * activity and runs the work with what the toets read.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    <C, T> T wijzig(Verwerkingsactiviteit activiteit, Bsn bsn, Supplier<C> toets, BiFunction<C, Verwerking, T> werk) {
        AtomicReference<C> gelezen = new AtomicReference<>();
        AtomicReference<T> resultaat = new AtomicReference<>();
        persoonsverwerking.wijzigAlsBekend(activiteit, bsn, persoon -> {
            gelezen.set(toets.get());
            return true;
        }, verwerking -> resultaat.set(werk.apply(gelezen.get(), verwerking)));
        return resultaat.get();
    }
}
