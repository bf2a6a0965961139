package nl.inburgering.duo.inspanning.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.inburgering.duo.inspanning.api.Inspanningfeiten;
import nl.inburgering.duo.inspanning.api.Taalschakeltrajecten;
import nl.inburgering.duo.inspanning.persistence.InspanningEntity;
import nl.inburgering.duo.inspanning.persistence.InspanningRepository;
import nl.inburgering.platform.bsn.Bsn;

/** {@link Inspanningfeiten} and {@link Taalschakeltrajecten} from the accepted stands; read within the caller's verwerking. */
@Component
@Transactional(readOnly = true)
class InspanningfeitenVanDeRegistratie implements Inspanningfeiten, Taalschakeltrajecten {

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

    @Override
    public Optional<LocalDate> afgerondOp(Bsn bsn) {
        return inspanningen.findByBsnOrderByInstellingsnummerAsc(bsn.value()).stream()
                .filter(InspanningEntity::isTaalschakeltrajectAfgerond)
                .map(InspanningEntity::getDatumAfrondingTaalschakeltraject).filter(Objects::nonNull)
                .min(LocalDate::compareTo);
    }
}
