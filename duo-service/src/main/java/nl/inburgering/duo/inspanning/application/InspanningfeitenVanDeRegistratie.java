package nl.inburgering.duo.inspanning.application;

import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.inburgering.duo.inspanning.api.Inspanningfeiten;
import nl.inburgering.duo.inspanning.persistence.InspanningRepository;
import nl.inburgering.platform.bsn.Bsn;

/** {@link Inspanningfeiten} from the accepted stands; read within the caller's verwerking. */
@Component
@Transactional(readOnly = true)
class InspanningfeitenVanDeRegistratie implements Inspanningfeiten {

    private final InspanningRepository inspanningen;

    InspanningfeitenVanDeRegistratie(InspanningRepository inspanningen) {
        this.inspanningen = inspanningen;
    }

    @Override
    public List<Inspanning> inspanningen(Bsn bsn) {
        return inspanningen.findByBsnOrderByInstellingsnummerAsc(bsn.value()).stream()
                .map(i -> new Inspanning(i.getInstellingsnummer(), i.getLeerroute(), i.getPeildatum(),
                        i.getUrenAangeboden(), i.getUrenAanwezig(), i.getUrenOngeoorloofdVerzuim()))
                .toList();
    }
}
