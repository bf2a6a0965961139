package nl.inburgering.gemeente.intake.application;

import java.util.UUID;

import org.springframework.stereotype.Component;

import nl.inburgering.gemeente.inburgeraar.persistence.InburgeraarEntity;
import nl.inburgering.gemeente.inburgeraar.persistence.InburgeraarRepository;
import nl.inburgering.platform.persoon.Persoonsvergrendeling;
import nl.inburgering.platform.web.NietGevondenException;

/** The inburgeraar whose brede intake the caseworker works on: only one of his own gemeente. */
@Component
class IntakeInburgeraar {

    /** The same answer for another gemeente's inburgeraar as for one that does not exist. */
    static final String ONBEKENDE_INBURGERAAR = "Deze inburgeraar bestaat niet in uw gemeente.";

    private final InburgeraarRepository inburgeraars;
    private final Persoonsvergrendeling vergrendeling;

    IntakeInburgeraar(InburgeraarRepository inburgeraars, Persoonsvergrendeling vergrendeling) {
        this.inburgeraars = inburgeraars;
        this.vergrendeling = vergrendeling;
    }

    /** The BSN of the inburgeraar with this id in this gemeente. */
    String bsn(String gemeentecode, UUID inburgeraarId) {
        return vind(gemeentecode, inburgeraarId).getBsn();
    }

    InburgeraarEntity vind(String gemeentecode, UUID inburgeraarId) {
        return inburgeraars.findByIdAndGemeentecode(inburgeraarId, gemeentecode)
                .orElseThrow(() -> new NietGevondenException(ONBEKENDE_INBURGERAAR));
    }

    /**
     * The inburgeraar, locked before anything of his oproep or afspraak is read: the same one recorded twice at once
     * makes the second request wait and see what the first recorded.
     */
    InburgeraarEntity vergrendel(String gemeentecode, UUID inburgeraarId) {
        InburgeraarEntity persoon = vind(gemeentecode, inburgeraarId);
        vergrendeling.vergrendel(persoon.getBsn());
        return persoon;
    }
}
