package nl.inburgering.instelling.inspanning.application;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.inburgering.instelling.cursist.api.Cursist;
import nl.inburgering.instelling.cursist.api.EigenCursist;
import nl.inburgering.instelling.inspanning.persistence.InspanningEntity;
import nl.inburgering.instelling.inspanning.persistence.InspanningRepository;
import nl.inburgering.platform.logboek.Verwerkingsactiviteit;
import nl.inburgering.platform.verwerking.Persoonsverwerking;

/** The stands of inspanning reported for one cursist of the medewerker's own instelling, latest peildatum first. */
@Service
@Transactional(readOnly = true)
public class InspanningRaadplegen {

    static final Verwerkingsactiviteit RAADPLEGEN = new Verwerkingsactiviteit(
            "https://inburgering.nl/verwerkingsactiviteiten/instelling/inspanning-raadplegen",
            "Gemelde inspanning van een cursist raadplegen");

    private final EigenCursist cursisten;
    private final InspanningRepository inspanningen;
    private final Persoonsverwerking verwerking;

    InspanningRaadplegen(EigenCursist cursisten, InspanningRepository inspanningen, Persoonsverwerking verwerking) {
        this.cursisten = cursisten;
        this.inspanningen = inspanningen;
        this.verwerking = verwerking;
    }

    public List<Inspanningsmelding> van(String instellingsnummer, UUID cursistId) {
        Cursist cursist = cursisten.vind(instellingsnummer, cursistId);
        return verwerking.raadpleeg(RAADPLEGEN, cursist.bsn(), () -> inspanningen
                .findByCursistIdOrderByPeildatumDescGemeldOpDesc(cursist.id()).stream()
                .map(e -> alsMelding(e, cursist)).toList());
    }

    static Inspanningsmelding alsMelding(InspanningEntity e, Cursist cursist) {
        return new Inspanningsmelding(e.getId(), cursist.startdatum(), e.getPeildatum(), e.getUrenAangeboden(),
                e.getUrenAanwezig(), e.getUrenOngeoorloofdVerzuim(), e.isTaalschakeltrajectAfgerond(),
                e.getDatumAfrondingTaalschakeltraject(), e.getActualisatiemoment().name(), e.getGemeldAan().name(),
                e.getGemeentecode(), e.getGemeldOp());
    }
}
