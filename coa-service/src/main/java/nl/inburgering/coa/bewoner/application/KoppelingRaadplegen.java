package nl.inburgering.coa.bewoner.application;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.inburgering.coa.bewoner.persistence.BewonerEntity;
import nl.inburgering.coa.bewoner.persistence.BewonerRepository;
import nl.inburgering.coa.bewoner.persistence.KoppelingEntity;
import nl.inburgering.coa.bewoner.persistence.KoppelingRepository;
import nl.inburgering.platform.bsn.Bsn;
import nl.inburgering.platform.logboek.Verwerkingsactiviteit;
import nl.inburgering.platform.verwerking.Persoonsverwerking;

/**
 * The gekoppelde gemeente asks COA, the source, for the koppeling and the latest klantprofiel ("gegevens ophalen
 * bij de bron", seed §15.2). Only the gemeente of the current koppeling finds it; for every other gemeente it does
 * not exist.
 */
@Service
@Transactional(readOnly = true)
public class KoppelingRaadplegen {

    static final Verwerkingsactiviteit RAADPLEGEN = new Verwerkingsactiviteit(
            "https://inburgering.nl/verwerkingsactiviteiten/coa/koppeling-raadplegen-door-gemeente",
            "Koppeling en klantprofiel raadplegen door de gekoppelde gemeente");

    private final BewonerRepository bewoners;
    private final KoppelingRepository koppelingen;
    private final Dossiers dossiers;
    private final Persoonsverwerking persoonsverwerking;

    KoppelingRaadplegen(BewonerRepository bewoners, KoppelingRepository koppelingen, Dossiers dossiers,
            Persoonsverwerking persoonsverwerking) {
        this.bewoners = bewoners;
        this.koppelingen = koppelingen;
        this.dossiers = dossiers;
        this.persoonsverwerking = persoonsverwerking;
    }

    public List<Koppelingsdossier> zoek(String gemeentecode, Bsn bsn) {
        return bewoners.findByBsn(bsn).flatMap(bewoner -> koppelingen
                .findByBewonerIdAndActueelTrue(bewoner.getId())
                .filter(k -> k.getGemeentecode().equals(gemeentecode))
                .map(k -> gelezen(bewoner, k)))
                .stream().toList();
    }

    public Optional<Koppelingsdossier> opId(String gemeentecode, UUID koppelingId) {
        return koppelingen.findById(koppelingId)
                .filter(k -> k.isActueel() && k.getGemeentecode().equals(gemeentecode))
                .map(k -> gelezen(bewoners.findById(k.getBewonerId()).orElseThrow(), k));
    }

    private Koppelingsdossier gelezen(BewonerEntity bewoner, KoppelingEntity koppeling) {
        return persoonsverwerking.raadpleeg(RAADPLEGEN, bewoner.getBsn(),
                () -> dossiers.koppelingsdossier(bewoner, koppeling));
    }
}
