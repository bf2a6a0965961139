package nl.inburgering.duo.contactpersoon.application;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.inburgering.duo.contactpersoon.persistence.ContactpersoonEntity;
import nl.inburgering.duo.contactpersoon.persistence.ContactpersoonKoppelingEntity;
import nl.inburgering.duo.contactpersoon.persistence.ContactpersoonKoppelingRepository;
import nl.inburgering.duo.contactpersoon.persistence.ContactpersoonRepository;
import nl.inburgering.platform.bsn.Bsn;
import nl.inburgering.platform.logboek.Verwerkingsactiviteit;
import nl.inburgering.platform.verwerking.Persoonsverwerking;
import nl.inburgering.platform.web.NietGevondenException;

/**
 * DUO's M2M Contactpersoon API: a gemeente keeps its own contactpersonen and names one per inburgeringsplichtige.
 * Another gemeente's contactpersoon is not found, exactly like an unknown id. Koppelen overwrites the person's
 * koppeling with another contactpersoon; deleting a contactpersoon removes its koppelingen (DUO README). Ids are per
 * gemeente and drawn at random (issue 11, item 10).
 */
@Service
@Transactional
public class ContactpersoonBeheren {

    /** Every change of a person's koppeling to a contactpersoon, whichever use case makes it. */
    static final Verwerkingsactiviteit KOPPELEN = new Verwerkingsactiviteit(
            "https://inburgering.nl/verwerkingsactiviteiten/duo/contactpersoon-koppelen",
            "Contactpersoon van een inburgeringsplichtige vastleggen (M2M)");

    /** The spec's highest id (1 to 99999), per gemeente. */
    static final int HOOGSTE_ID = 99_999;
    /**
     * The most contactpersonen one gemeente keeps: far above any gemeente's klantmanagers, and at most a tenth of
     * its id space, so a random draw finds a free id at the first or second try.
     */
    public static final int MAXIMUM_PER_GEMEENTE = 5_000;
    private static final SecureRandom ID_KEUZE = new SecureRandom();

    private static final String ONBEKEND = "Deze gemeente heeft geen contactpersoon met dit id.";

    private final ContactpersoonRepository contactpersonen;
    private final ContactpersoonKoppelingRepository koppelingen;
    private final Persoonsverwerking verwerking;
    private final Clock clock;

    ContactpersoonBeheren(ContactpersoonRepository contactpersonen, ContactpersoonKoppelingRepository koppelingen,
            Persoonsverwerking verwerking, Clock clock) {
        this.contactpersonen = contactpersonen;
        this.koppelingen = koppelingen;
        this.verwerking = verwerking;
        this.clock = clock;
    }

    /**
     * @return the new contactpersoon's id: drawn at random from the ids the gemeente does not use yet, so it tells
     *         nobody how many contactpersonen this or another gemeente keeps
     * @throws MaximumContactpersonenException when the gemeente already keeps {@value #MAXIMUM_PER_GEMEENTE}
     */
    public int registreer(String gemeentecode, Contactgegevens gegevens) {
        if (contactpersonen.countByGemeentecode(gemeentecode) >= MAXIMUM_PER_GEMEENTE) {
            throw new MaximumContactpersonenException(MAXIMUM_PER_GEMEENTE);
        }
        int id;
        do {
            id = 1 + ID_KEUZE.nextInt(HOOGSTE_ID);
        } while (contactpersonen.existsByIdAndGemeentecode(id, gemeentecode));
        ContactpersoonEntity contactpersoon = new ContactpersoonEntity(id, gemeentecode, gegevens.naam(),
                gegevens.email(), gegevens.telefoonnummer(), clock.instant());
        contactpersonen.save(contactpersoon);
        return contactpersoon.getId();
    }

    public void wijzig(String gemeentecode, int id, Contactgegevens gegevens) {
        eigen(gemeentecode, id).wijzig(gegevens.naam(), gegevens.email(), gegevens.telefoonnummer(), clock.instant());
    }

    public void verwijder(String gemeentecode, int id) {
        ContactpersoonEntity contactpersoon = eigen(gemeentecode, id);
        // Each gekoppelde person loses his contactpersoon: one verwerking (lock, Logboek record) per person.
        List<ContactpersoonKoppelingEntity> gekoppeld = koppelingen.findByGemeentecodeAndContactpersoonId(gemeentecode, id);
        for (ContactpersoonKoppelingEntity koppeling : gekoppeld) {
            verwerking.wijzig(KOPPELEN, Bsn.of(koppeling.getBsn()), v -> koppelingen.delete(koppeling));
        }
        contactpersonen.delete(contactpersoon);
    }

    /** The gemeente's own contactpersoon with this id; 404 for another gemeente's or an unknown one. */
    public ContactpersoonEntity eigen(String gemeentecode, int id) {
        return contactpersonen.findByIdAndGemeentecode(id, gemeentecode)
                .orElseThrow(() -> new NietGevondenException(ONBEKEND));
    }
}
