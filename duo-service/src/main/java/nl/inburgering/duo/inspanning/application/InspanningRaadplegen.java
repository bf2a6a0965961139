package nl.inburgering.duo.inspanning.application;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.inburgering.duo.dossier.api.Dossiers;
import nl.inburgering.duo.inspanning.persistence.InspanningAfwijzingRepository;
import nl.inburgering.duo.inspanning.persistence.InspanningRepository;
import nl.inburgering.platform.bsn.Bsn;
import nl.inburgering.platform.logboek.Verwerkingsactiviteit;
import nl.inburgering.platform.verwerking.Persoonsverwerking;
import nl.inburgering.platform.web.NietGevondenException;

/** DUO's backoffice reads a person's inspanning: what counts and what was refused (§15.5), in one Logboek record. */
@Service
@Transactional(readOnly = true)
public class InspanningRaadplegen {

    static final Verwerkingsactiviteit RAADPLEGEN = new Verwerkingsactiviteit(
            "https://inburgering.nl/verwerkingsactiviteiten/duo/inspanning-raadplegen", "Inspanning raadplegen");

    private final InspanningRepository inspanningen;
    private final InspanningAfwijzingRepository afwijzingen;
    private final Dossiers dossiers;
    private final Persoonsverwerking verwerking;

    InspanningRaadplegen(InspanningRepository inspanningen, InspanningAfwijzingRepository afwijzingen,
            Dossiers dossiers, Persoonsverwerking verwerking) {
        this.inspanningen = inspanningen;
        this.afwijzingen = afwijzingen;
        this.dossiers = dossiers;
        this.verwerking = verwerking;
    }

    /** 404 for a person DUO does not know. */
    public Inspanningsoverzicht overzicht(Bsn bsn) {
        if (!dossiers.isBekend(bsn)) {
            throw new NietGevondenException("DUO kent deze persoon niet.");
        }
        return verwerking.raadpleeg(RAADPLEGEN, bsn, () -> new Inspanningsoverzicht(
                inspanningen.findByBsnOrderByInstellingsnummerAsc(bsn.value()).stream()
                        .map(i -> new Inspanningsoverzicht.Stand(i.getInstellingsnummer(), i.getRoute(),
                                i.getGemeentecode(), i.getLeerroute(), i.getPeildatum(), i.getUrenAangeboden(),
                                i.getUrenAanwezig(), i.getUrenOngeoorloofdVerzuim(), i.isTaalschakeltrajectAfgerond()))
                        .toList(),
                afwijzingen.findByBsnOrderByAfgewezenOpAsc(bsn.value()).stream()
                        .map(a -> new Inspanningsoverzicht.Afwijzing(a.getInstellingsnummer(), a.getRoute(),
                                a.getPeildatum(), a.getRedenCode(), a.getReden(), a.getAfgewezenOp()))
                        .toList()));
    }
}
