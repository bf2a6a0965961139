package nl.inburgering.gemeente.pip.application;

import java.util.UUID;

import org.springframework.stereotype.Component;

import nl.inburgering.gemeente.inburgeraar.persistence.InburgeraarEntity;
import nl.inburgering.gemeente.inburgeraar.persistence.InburgeraarRepository;
import nl.inburgering.platform.persoon.Persoonsvergrendeling;

/**
 * The first step of every caseworker's change in this feature: the inburgeraar must be one of the caseworker's
 * gemeente (404 otherwise), and the person is locked before anything is read to decide on, so DUO's answer or a
 * second caseworker cannot interleave with the change.
 */
@Component
class InburgeraarVergrendelen {

    private final InburgeraarRepository inburgeraars;
    private final Persoonsvergrendeling vergrendeling;

    InburgeraarVergrendelen(InburgeraarRepository inburgeraars, Persoonsvergrendeling vergrendeling) {
        this.inburgeraars = inburgeraars;
        this.vergrendeling = vergrendeling;
    }

    InburgeraarEntity vergrendel(String gemeentecode, UUID inburgeraarId) {
        InburgeraarEntity inburgeraar = PipRaadplegen.inburgeraar(inburgeraars, gemeentecode, inburgeraarId);
        vergrendeling.vergrendel(inburgeraar.getBsn());
        return inburgeraar;
    }
}
