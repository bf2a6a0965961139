package nl.inburgering.gemeente.inburgeraar.application;

import java.util.UUID;

import org.springframework.stereotype.Component;

import nl.inburgering.gemeente.inburgeraar.persistence.InburgeraarEntity;
import nl.inburgering.gemeente.inburgeraar.persistence.InburgeraarRepository;
import nl.inburgering.platform.persoon.Persoonsvergrendeling;
import nl.inburgering.platform.web.NietGevondenException;

/**
 * The inburgeraar a caseworker works on, found by his id: only one of the caseworker's own gemeente. Every feature
 * that serves the caseworker takes him from here, so another gemeente's person answers 404 everywhere alike.
 */
@Component
public class EigenInburgeraar {

    /** The same answer for another gemeente's inburgeraar as for one that does not exist. */
    public static final String ONBEKENDE_INBURGERAAR = "Deze inburgeraar bestaat niet in uw gemeente.";

    private final InburgeraarRepository inburgeraars;
    private final Persoonsvergrendeling vergrendeling;

    EigenInburgeraar(InburgeraarRepository inburgeraars, Persoonsvergrendeling vergrendeling) {
        this.inburgeraars = inburgeraars;
        this.vergrendeling = vergrendeling;
    }

    /** The BSN of the inburgeraar with this id in this gemeente. */
    public String bsn(String gemeentecode, UUID inburgeraarId) {
        return vind(gemeentecode, inburgeraarId).getBsn();
    }

    public InburgeraarEntity vind(String gemeentecode, UUID inburgeraarId) {
        return inburgeraars.findByIdAndGemeentecode(inburgeraarId, gemeentecode)
                .orElseThrow(() -> new NietGevondenException(ONBEKENDE_INBURGERAAR));
    }

    /**
     * The inburgeraar, locked before anything is read to decide a change on: the same change twice at once, or an
     * event about him, makes the second wait and see what the first recorded.
     */
    public InburgeraarEntity vergrendel(String gemeentecode, UUID inburgeraarId) {
        InburgeraarEntity persoon = vind(gemeentecode, inburgeraarId);
        vergrendeling.vergrendel(persoon.getBsn());
        return persoon;
    }
}
