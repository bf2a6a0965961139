package nl.inburgering.coa.bewoner.application;

import java.time.LocalDate;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import nl.inburgering.coa.bewoner.domain.KlantprofielMomentPolicy.Aanleiding;
import nl.inburgering.coa.bewoner.domain.UitstroomPolicy;
import nl.inburgering.coa.bewoner.persistence.BewonerEntity;
import nl.inburgering.coa.bewoner.persistence.BewonerRepository;
import nl.inburgering.coa.bewoner.persistence.KoppelingEntity;
import nl.inburgering.coa.bewoner.persistence.KoppelingRepository;
import nl.inburgering.platform.logboek.Logboek;
import nl.inburgering.platform.logboek.Verwerkingsactiviteit;
import nl.inburgering.platform.persoon.Persoonsvergrendeling;

/**
 * A BRP inschrijving or verhuizing: when a gekoppelde bewoner becomes ingezetene of his gekoppelde gemeente he has
 * left the AZC. COA closes his stay and gives the gemeente the latest klantprofiel (#15, INSCHRIJVING_GEMEENTE).
 */
@Service
public class InschrijvingInGemeenteVerwerken {

    static final Verwerkingsactiviteit UITSTROOM = new Verwerkingsactiviteit(
            "https://inburgering.nl/verwerkingsactiviteiten/coa/uitstroom-verwerken",
            "Uitstroom van een bewoner naar zijn gemeente verwerken");

    private final BewonerRepository bewoners;
    private final KoppelingRepository koppelingen;
    private final KlantprofielDelen delen;
    private final Persoonsvergrendeling vergrendeling;
    private final Logboek logboek;

    InschrijvingInGemeenteVerwerken(BewonerRepository bewoners, KoppelingRepository koppelingen,
            KlantprofielDelen delen, Persoonsvergrendeling vergrendeling, Logboek logboek) {
        this.bewoners = bewoners;
        this.koppelingen = koppelingen;
        this.delen = delen;
        this.vergrendeling = vergrendeling;
        this.logboek = logboek;
    }

    /** Runs in the inbox transaction of the BRP event. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void handle(String bsn, String gemeentecode, LocalDate datum) {
        vergrendeling.vergrendel(bsn);
        Optional<BewonerEntity> gevonden = bewoners.findByBsn(bsn);
        if (gevonden.isEmpty()) {
            return; // not a bewoner of COA: nothing of his to keep or to read
        }
        BewonerEntity bewoner = gevonden.get();
        Optional<KoppelingEntity> koppeling = koppelingen.findByBewonerIdAndActueelTrue(bewoner.getId());
        if (!UitstroomPolicy.isUitstroom(koppeling.map(KoppelingEntity::getGemeentecode), bewoner.isUitgestroomd(),
                gemeentecode)) {
            return;
        }
        bewoner.uitgestroomd(datum, gemeentecode);
        logboek.leg(UITSTROOM, bsn);
        delen.deelBij(Aanleiding.INGESCHREVEN_IN_GEKOPPELDE_GEMEENTE, bewoner, koppeling);
    }
}
