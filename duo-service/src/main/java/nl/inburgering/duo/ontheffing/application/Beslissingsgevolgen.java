package nl.inburgering.duo.ontheffing.application;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import nl.inburgering.duo.dossier.api.PlichtBeeindigd;
import nl.inburgering.duo.dossier.api.Plichtbeeindiging;
import nl.inburgering.duo.dossier.api.Plichtonderdeel;
import nl.inburgering.duo.dossier.api.Plichtwijziging;
import nl.inburgering.duo.ontheffing.domain.Examenonderdeel;
import nl.inburgering.duo.ontheffing.domain.OntheffingBeslist;
import nl.inburgering.duo.ontheffing.domain.Ontheffingsoort;
import nl.inburgering.duo.ontheffing.domain.Oordeel;
import nl.inburgering.platform.verwerking.Verwerking;

/**
 * The effects of every beslissing on an ontheffing, medisch or BIO, in the deciding verwerking (seed §11.2, §11.3):
 * #12 to the gemeente (and IND) whatever it is; a gehele toekenning ends the plicht (VOLLEDIGE_ONTHEFFING, #3
 * beëindigd); a gedeeltelijke sets its onderdelen anew (#3 gewijzigd); aangepaste examenomstandigheden change no plicht.
 */
@Component
class Beslissingsgevolgen {

    private final Plichtbeeindiging beeindiging;
    private final Plichtwijziging wijziging;

    Beslissingsgevolgen(Plichtbeeindiging beeindiging, Plichtwijziging wijziging) {
        this.beeindiging = beeindiging;
        this.wijziging = wijziging;
    }

    void pas(Verwerking v, OntheffingBeslist beslist) {
        v.publiceer(beslist, beslist.datumOordeel());
        if (beslist.oordeel() != Oordeel.TOEKENNING) {
            return;
        }
        if (beslist.soort() == Ontheffingsoort.GEHEEL) {
            beeindiging.beeindig(v.bsn(), PlichtBeeindigd.Reden.VOLLEDIGE_ONTHEFFING, beslist.datumOordeel());
        } else if (beslist.soort() == Ontheffingsoort.GEDEELTELIJK) {
            wijziging.onderdelenVervallen(v.bsn(), plichtonderdelen(beslist.onderdelen()));
        }
    }

    static Set<Plichtonderdeel> plichtonderdelen(Set<Examenonderdeel> onderdelen) {
        return onderdelen.stream().map(o -> Plichtonderdeel.valueOf(o.name()))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Plichtonderdeel.class)));
    }
}
