package nl.inburgering.duo.contactpersoon.application;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.inburgering.duo.contactpersoon.persistence.ContactpersoonKoppelingEntity;
import nl.inburgering.duo.contactpersoon.persistence.ContactpersoonKoppelingRepository;
import nl.inburgering.duo.dossier.api.Dossiers;
import nl.inburgering.platform.verwerking.Persoonsverwerking;
import nl.inburgering.platform.web.NietGevondenException;

/**
 * Names the contactpersoon for the person, overwriting his koppeling in this gemeente; 404 for an unknown
 * contactpersoon or a person DUO does not know (nothing processed, nothing recorded).
 */
@Service
public class ContactpersoonKoppelenHandler {

    private final ContactpersoonBeheren contactpersonen;
    private final ContactpersoonKoppelingRepository koppelingen;
    private final Dossiers dossiers;
    private final Persoonsverwerking verwerking;

    ContactpersoonKoppelenHandler(ContactpersoonBeheren contactpersonen, ContactpersoonKoppelingRepository koppelingen,
            Dossiers dossiers, Persoonsverwerking verwerking) {
        this.contactpersonen = contactpersonen;
        this.koppelingen = koppelingen;
        this.dossiers = dossiers;
        this.verwerking = verwerking;
    }

    @Transactional
    public void handle(ContactpersoonKoppelen command) {
        contactpersonen.eigen(command.gemeentecode(), command.id());
        String bsn = command.bsn().value();
        boolean gekoppeld = verwerking.wijzigAlsBekend(ContactpersoonBeheren.KOPPELEN, command.bsn(),
                dossiers::isBekend, v -> koppelingen
                        .findById(new ContactpersoonKoppelingEntity.Sleutel(bsn, command.gemeentecode()))
                        .ifPresentOrElse(koppeling -> koppeling.koppel(command.id(), v.nu()),
                                () -> koppelingen.save(new ContactpersoonKoppelingEntity(bsn, command.gemeentecode(),
                                        command.id(), v.nu()))));
        if (!gekoppeld) {
            throw new NietGevondenException("DUO kent deze persoon niet.");
        }
    }
}
