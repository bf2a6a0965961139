package nl.inburgering.ind.verblijfsrecht.persistence;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.inburgering.ind.verblijfsrecht.api.Verblijfsgegevens;

/** {@link Verblijfsgegevens} from the registered vergunningen. */
@Component
class VerblijfsgegevensUitDeRegistratie implements Verblijfsgegevens {

    private final VerblijfsvergunningRepository vergunningen;

    VerblijfsgegevensUitDeRegistratie(VerblijfsvergunningRepository vergunningen) {
        this.vergunningen = vergunningen;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Verblijf> lopendOp(LocalDate peildatum, Optional<String> na, int aantal) {
        return vergunningen.lopendOp(peildatum, na.orElse(""), Limit.of(aantal)).stream()
                .map(VerblijfsvergunningEntity::alsDomein)
                .map(v -> new Verblijf(v.vNummer(), v.bsn(), v.verblijfsdoel().name(), v.ingangsdatum(),
                        v.nationaliteit(), v.geboortedatum().getYear()))
                .toList();
    }
}
