package nl.inburgering.duo.plichteinde.application;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import nl.inburgering.duo.dossier.api.Dossier;
import nl.inburgering.duo.dossier.api.Dossiers;
import nl.inburgering.duo.dossier.api.PlichtBeeindigd;
import nl.inburgering.duo.dossier.api.Plichtbeeindiging;
import nl.inburgering.platform.logboek.Verwerkingsactiviteit;
import nl.inburgering.platform.verwerking.Persoonsverwerking;

/**
 * Overlijden (issue 15 item 5): the plicht of a plichtige who died ends with reden OVERLIJDEN, its last day the day of
 * death (#3 beëindigd, SS111 from the notificatie mapping). Ending it drops every deadline termijnbewaking watched for
 * him (#7, kennisgeving, handhaving, AOW, vertrek): no signal goes out for him afterwards.
 */
@Service
public class OverlijdenVerwerkenHandler {

    static final Verwerkingsactiviteit OVERLIJDEN = new Verwerkingsactiviteit(
            "https://inburgering.nl/verwerkingsactiviteiten/duo/overlijden-verwerken",
            "Overlijden van een inburgeringsplichtige verwerken");

    private final Dossiers dossiers;
    private final Plichtbeeindiging beeindiging;
    private final Persoonsverwerking verwerking;

    OverlijdenVerwerkenHandler(Dossiers dossiers, Plichtbeeindiging beeindiging, Persoonsverwerking verwerking) {
        this.dossiers = dossiers;
        this.beeindiging = beeindiging;
        this.verwerking = verwerking;
    }

    /** Runs in the inbox transaction of the BRP event. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void handle(OverlijdenVerwerken command) {
        verwerking.wijzigAlsBekend(OVERLIJDEN, command.bsn(),
                bsn -> dossiers.dossier(bsn).filter(Dossier::isPlichtig).isPresent(),
                v -> beeindiging.beeindig(v.bsn(), PlichtBeeindigd.Reden.OVERLIJDEN, command.datumOverlijden()));
    }
}
