package nl.inburgering.duo.instelling.application;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.inburgering.duo.dossier.api.Dossiers;
import nl.inburgering.duo.instelling.domain.Inschrijving;
import nl.inburgering.duo.instelling.domain.Uitschrijving;
import nl.inburgering.duo.instelling.persistence.InschrijvingEntity;
import nl.inburgering.duo.instelling.persistence.InschrijvingRepository;
import nl.inburgering.platform.bsn.Bsn;
import nl.inburgering.platform.logboek.Verwerkingsactiviteit;
import nl.inburgering.platform.verwerking.Persoonsverwerking;

/**
 * Stelseldienst #20 (seed §5.4, §15.5): DUO keeps a person's inschrijvingen at instellingen and their uitschrijving,
 * for the lening and the kinderopvangtoeslag, and to know which instellingen receive his examenresultaten (#13).
 * Delivered again, an inschrijving (same person, instelling and datum inschrijving) replaces the earlier data and an
 * uitschrijving closes nothing twice: the stelseldienst is idempotent beyond the inbox's event id. Only instellingen
 * DUO recognises reach this handler (the listener dead-letters the others).
 */
@Service
public class InschrijvingenHandler {

    static final Verwerkingsactiviteit VASTLEGGEN = new Verwerkingsactiviteit(
            "https://inburgering.nl/verwerkingsactiviteiten/duo/inschrijving-instelling-vastleggen",
            "Inschrijving of uitschrijving bij een instelling vastleggen");

    private final InschrijvingRepository inschrijvingen;
    private final Dossiers dossiers;
    private final Persoonsverwerking verwerking;

    InschrijvingenHandler(InschrijvingRepository inschrijvingen, Dossiers dossiers, Persoonsverwerking verwerking) {
        this.inschrijvingen = inschrijvingen;
        this.dossiers = dossiers;
        this.verwerking = verwerking;
    }

    @Transactional
    public InschrijvingVerwerking ingeschreven(Bsn bsn, Inschrijving inschrijving) {
        AtomicReference<InschrijvingVerwerking> uitkomst = new AtomicReference<>(InschrijvingVerwerking.ONBEKENDE_PERSOON);
        verwerking.wijzigAlsBekend(VASTLEGGEN, bsn, dossiers::isBekend, v -> {
            InschrijvingEntity registratie = inschrijvingen.findByBsnAndInstellingsnummerAndDatumInschrijving(
                    bsn.value(), inschrijving.instellingsnummer(), inschrijving.datumInschrijving())
                    .orElse(null);
            if (registratie == null) {
                inschrijvingen.save(new InschrijvingEntity(bsn.value(), inschrijving, v.nu()));
            } else {
                registratie.vervang(inschrijving, v.nu());
            }
            uitkomst.set(InschrijvingVerwerking.GEREGISTREERD);
        });
        return uitkomst.get();
    }

    /**
     * Closes the lopende inschrijving(en) at the instelling that began on or before the datum uitschrijving; the same
     * uitschrijving again finds them closed on that date and changes nothing.
     */
    @Transactional
    public InschrijvingVerwerking uitgeschreven(Bsn bsn, Uitschrijving uitschrijving) {
        AtomicReference<InschrijvingVerwerking> uitkomst = new AtomicReference<>(InschrijvingVerwerking.ONBEKENDE_PERSOON);
        verwerking.wijzigAlsBekend(VASTLEGGEN, bsn, dossiers::isBekend, v -> {
            List<InschrijvingEntity> bij = inschrijvingen.findByBsnAndInstellingsnummer(bsn.value(),
                    uitschrijving.instellingsnummer());
            List<InschrijvingEntity> lopend = bij.stream().filter(InschrijvingEntity::isLopend)
                    .filter(i -> !i.getDatumInschrijving().isAfter(uitschrijving.datumUitschrijving())).toList();
            boolean alUitgeschreven = bij.stream()
                    .anyMatch(i -> uitschrijving.datumUitschrijving().equals(i.getDatumUitschrijving()));
            lopend.forEach(i -> i.schrijfUit(uitschrijving, v.nu()));
            uitkomst.set(!lopend.isEmpty() || alUitgeschreven ? InschrijvingVerwerking.GEREGISTREERD
                    : InschrijvingVerwerking.GEEN_LOPENDE_INSCHRIJVING);
        });
        return uitkomst.get();
    }
}
