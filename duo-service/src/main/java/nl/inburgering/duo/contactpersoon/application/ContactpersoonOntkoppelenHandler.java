package nl.inburgering.duo.contactpersoon.application;

import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.inburgering.duo.contactpersoon.persistence.ContactpersoonKoppelingEntity;
import nl.inburgering.duo.contactpersoon.persistence.ContactpersoonKoppelingRepository;
import nl.inburgering.platform.verwerking.Persoonsverwerking;
import nl.inburgering.platform.web.NietGevondenException;

/** Removes the person's koppeling; 404 when he is not gekoppeld to this contactpersoon (nothing recorded then). */
@Service
public class ContactpersoonOntkoppelenHandler {

    private final ContactpersoonBeheren contactpersonen;
    private final ContactpersoonKoppelingRepository koppelingen;
    private final Persoonsverwerking verwerking;

    ContactpersoonOntkoppelenHandler(ContactpersoonBeheren contactpersonen,
            ContactpersoonKoppelingRepository koppelingen, Persoonsverwerking verwerking) {
        this.contactpersonen = contactpersonen;
        this.koppelingen = koppelingen;
        this.verwerking = verwerking;
    }

    @Transactional
    public void handle(ContactpersoonOntkoppelen command) {
        contactpersonen.eigen(command.gemeentecode(), command.id());
        boolean ontkoppeld = verwerking.wijzigAlsBekend(ContactpersoonBeheren.KOPPELEN, command.bsn(),
                bsn -> koppeling(command).isPresent(), v -> koppelingen.delete(koppeling(command).orElseThrow()));
        if (!ontkoppeld) {
            throw new NietGevondenException("Deze persoon is niet aan deze contactpersoon gekoppeld.");
        }
    }

    private Optional<ContactpersoonKoppelingEntity> koppeling(ContactpersoonOntkoppelen command) {
        return koppelingen
                .findById(new ContactpersoonKoppelingEntity.Sleutel(command.bsn().value(), command.gemeentecode()))
                .filter(k -> k.getContactpersoonId() == command.id());
    }
}
