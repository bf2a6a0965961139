package nl.inburgering.coa.bewoner.application;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.inburgering.coa.bewoner.persistence.BewonerEntity;
import nl.inburgering.coa.bewoner.persistence.BewonerRepository;
import nl.inburgering.platform.bsn.Bsn;
import nl.inburgering.platform.logboek.Verwerkingsactiviteit;
import nl.inburgering.platform.verwerking.Persoonsverwerking;

/** The COA medewerker's reads of bewoners, each recorded in the Logboek dataverwerkingen (one record per person). */
@Service
@Transactional(readOnly = true)
public class BewonerRaadplegen {

    static final Verwerkingsactiviteit OVERZICHT = new Verwerkingsactiviteit(
            "https://inburgering.nl/verwerkingsactiviteiten/coa/bewoners-raadplegen",
            "Overzicht van bewoners raadplegen");
    static final Verwerkingsactiviteit RAADPLEGEN = new Verwerkingsactiviteit(
            "https://inburgering.nl/verwerkingsactiviteiten/coa/bewoner-raadplegen",
            "Een bewoner raadplegen");

    private final BewonerRepository bewoners;
    private final Dossiers dossiers;
    private final Persoonsverwerking persoonsverwerking;

    BewonerRaadplegen(BewonerRepository bewoners, Dossiers dossiers, Persoonsverwerking persoonsverwerking) {
        this.bewoners = bewoners;
        this.dossiers = dossiers;
        this.persoonsverwerking = persoonsverwerking;
    }

    public Page<BewonerOverzicht> overzicht(int pagina, int paginaGrootte) {
        Page<BewonerEntity> page = bewoners.overzicht(PageRequest.of(pagina - 1, paginaGrootte));
        persoonsverwerking.raadpleegd(OVERZICHT, page.map(BewonerEntity::getBsn).toList());
        return page.map(dossiers::overzicht);
    }

    public Optional<Bewonerdossier> dossier(UUID id) {
        return bewoners.findById(id)
                .map(bewoner -> persoonsverwerking.raadpleeg(RAADPLEGEN, bewoner.getBsn(),
                        () -> dossiers.dossier(bewoner)));
    }

    public List<BewonerOverzicht> zoek(Bsn bsn) {
        return bewoners.findByBsn(bsn).stream()
                .map(bewoner -> persoonsverwerking.raadpleeg(RAADPLEGEN, bewoner.getBsn(),
                        () -> dossiers.overzicht(bewoner)))
                .toList();
    }
}
