package nl.inburgering.gemeente.pip.application;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.inburgering.gemeente.pip.domain.Registratiestatus;
import nl.inburgering.gemeente.pip.persistence.PipEntity;
import nl.inburgering.gemeente.pip.persistence.PipRepository;
import nl.inburgering.gemeente.resultaten.api.ActueleLeerroute;
import nl.inburgering.platform.bsn.Bsn;

/**
 * The results of PVT, MAP and Z-route ask the leerroute of the actuele PIP: the last one of this gemeente DUO did
 * not reject (registered or not answered yet), as DUO registered it once it did.
 */
@Component
class PipLeerrouteVoorResultaten implements ActueleLeerroute {

    private final PipRepository pips;

    PipLeerrouteVoorResultaten(PipRepository pips) {
        this.pips = pips;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Leerroute> vanActuelePip(Bsn bsn, String gemeentecode) {
        List<PipEntity> nietAfgewezen = pips.findByBsnAndGemeentecodeOrderByVolgnummerAsc(bsn.value(), gemeentecode)
                .stream().filter(pip -> pip.getStatus() != Registratiestatus.AFGEWEZEN).toList();
        if (nietAfgewezen.isEmpty()) {
            return Optional.empty();
        }
        PipEntity actueel = nietAfgewezen.get(nietAfgewezen.size() - 1);
        return Optional.ofNullable(actueel.getLeerroute()).map(leerroute -> switch (leerroute) {
            case B1_ROUTE -> Leerroute.B1_ROUTE;
            case ONDERWIJSROUTE -> Leerroute.ONDERWIJSROUTE;
            case Z_ROUTE -> Leerroute.Z_ROUTE;
        });
    }
}
