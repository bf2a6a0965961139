package nl.inburgering.duo.contactpersoon.application;

import java.time.Clock;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.inburgering.duo.contactpersoon.persistence.ContactpersoonEntity;
import nl.inburgering.duo.contactpersoon.persistence.ContactpersoonKoppelingEntity;
import nl.inburgering.duo.contactpersoon.persistence.ContactpersoonKoppelingRepository;
import nl.inburgering.duo.contactpersoon.persistence.ContactpersoonRepository;
import nl.inburgering.duo.inburgeringsplicht.persistence.InburgeringsplichtRepository;
import nl.inburgering.platform.logboek.Logboek;
import nl.inburgering.platform.logboek.Verwerkingsactiviteit;
import nl.inburgering.platform.persoon.Persoonsvergrendeling;
import nl.inburgering.platform.web.NietGevondenException;

/**
 * DUO's M2M Contactpersoon API: a gemeente keeps its own contactpersonen and names one per inburgeringsplichtige.
 * Another gemeente's contactpersoon is not found, exactly like an unknown id. Koppelen overwrites the person's
 * koppeling with another contactpersoon; deleting a contactpersoon removes its koppelingen (DUO README).
 */
@Service
@Transactional
public class ContactpersoonBeheren {

    static final Verwerkingsactiviteit KOPPELEN = new Verwerkingsactiviteit(
            "https://inburgering.nl/verwerkingsactiviteiten/duo/contactpersoon-koppelen",
            "Contactpersoon van een inburgeringsplichtige vastleggen (M2M)");

    private static final String ONBEKEND = "Deze gemeente heeft geen contactpersoon met dit id.";

    private final ContactpersoonRepository contactpersonen;
    private final ContactpersoonKoppelingRepository koppelingen;
    private final InburgeringsplichtRepository plichten;
    private final Persoonsvergrendeling vergrendeling;
    private final Logboek logboek;
    private final Clock clock;

    ContactpersoonBeheren(ContactpersoonRepository contactpersonen, ContactpersoonKoppelingRepository koppelingen,
            InburgeringsplichtRepository plichten, Persoonsvergrendeling vergrendeling, Logboek logboek, Clock clock) {
        this.contactpersonen = contactpersonen;
        this.koppelingen = koppelingen;
        this.plichten = plichten;
        this.vergrendeling = vergrendeling;
        this.logboek = logboek;
        this.clock = clock;
    }

    /** @return the new contactpersoon's id */
    public int registreer(String gemeentecode, Contactgegevens gegevens) {
        ContactpersoonEntity contactpersoon = new ContactpersoonEntity(contactpersonen.volgendId(), gemeentecode,
                gegevens.naam(), gegevens.email(), gegevens.telefoonnummer(), clock.instant());
        contactpersonen.save(contactpersoon);
        return contactpersoon.getId();
    }

    public void wijzig(String gemeentecode, int id, Contactgegevens gegevens) {
        eigen(gemeentecode, id).wijzig(gegevens.naam(), gegevens.email(), gegevens.telefoonnummer(), clock.instant());
    }

    public void verwijder(String gemeentecode, int id) {
        ContactpersoonEntity contactpersoon = eigen(gemeentecode, id);
        List<ContactpersoonKoppelingEntity> gekoppeld = koppelingen.findByContactpersoonId(id);
        if (!gekoppeld.isEmpty()) {
            logboek.leg(KOPPELEN, gekoppeld.stream().map(ContactpersoonKoppelingEntity::getBsn).toList());
            koppelingen.deleteAll(gekoppeld);
        }
        contactpersonen.delete(contactpersoon);
    }

    /** Names the contactpersoon for the person; 404 for an unknown contactpersoon or person. */
    public void koppel(String gemeentecode, int id, String bsn) {
        eigen(gemeentecode, id);
        vergrendeling.vergrendel(bsn);
        if (!plichten.existsById(bsn)) {
            throw new NietGevondenException("DUO kent deze persoon niet.");
        }
        logboek.leg(KOPPELEN, bsn);
        koppelingen.findById(new ContactpersoonKoppelingEntity.Sleutel(bsn, gemeentecode)).ifPresentOrElse(
                koppeling -> koppeling.koppel(id, clock.instant()),
                () -> koppelingen.save(new ContactpersoonKoppelingEntity(bsn, gemeentecode, id, clock.instant())));
    }

    /** Removes the koppeling; 404 when the person is not gekoppeld to this contactpersoon. */
    public void ontkoppel(String gemeentecode, int id, String bsn) {
        eigen(gemeentecode, id);
        vergrendeling.vergrendel(bsn);
        ContactpersoonKoppelingEntity koppeling = koppelingen
                .findById(new ContactpersoonKoppelingEntity.Sleutel(bsn, gemeentecode))
                .filter(k -> k.getContactpersoonId() == id)
                .orElseThrow(() -> new NietGevondenException("Deze persoon is niet aan deze contactpersoon gekoppeld."));
        logboek.leg(KOPPELEN, bsn);
        koppelingen.delete(koppeling);
    }

    private ContactpersoonEntity eigen(String gemeentecode, int id) {
        return contactpersonen.findByIdAndGemeentecode(id, gemeentecode)
                .orElseThrow(() -> new NietGevondenException(ONBEKEND));
    }
}
