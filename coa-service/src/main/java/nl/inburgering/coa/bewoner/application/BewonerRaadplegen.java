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
import nl.inburgering.platform.logboek.Logboek;
import nl.inburgering.platform.logboek.Verwerkingsactiviteit;

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
    private final Logboek logboek;

    BewonerRaadplegen(BewonerRepository bewoners, Dossiers dossiers, Logboek logboek) {
        this.bewoners = bewoners;
        this.dossiers = dossiers;
        this.logboek = logboek;
    }

    public Page<BewonerOverzicht> overzicht(int pagina, int paginaGrootte) {
        Page<BewonerEntity> page = bewoners.overzicht(PageRequest.of(pagina - 1, paginaGrootte));
        logboek.leg(OVERZICHT, page.map(BewonerEntity::getBsn).toList());
        return page.map(dossiers::overzicht);
    }

    public Optional<Bewonerdossier> dossier(UUID id) {
        Optional<BewonerEntity> bewoner = bewoners.findById(id);
        bewoner.ifPresent(b -> logboek.leg(RAADPLEGEN, b.getBsn()));
        return bewoner.map(dossiers::dossier);
    }

    public List<BewonerOverzicht> zoek(String bsn) {
        List<BewonerEntity> gevonden = bewoners.findByBsn(bsn).stream().toList();
        gevonden.forEach(b -> logboek.leg(RAADPLEGEN, b.getBsn()));
        return gevonden.stream().map(dossiers::overzicht).toList();
    }
}
