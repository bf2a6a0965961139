package nl.inburgering.duo.dossier.domain;

import java.time.LocalDate;
import java.util.Set;

import nl.inburgering.duo.dossier.api.GedetailleerdeDoelgroep;
import nl.inburgering.duo.dossier.api.Plichtonderdeel;
import nl.inburgering.duo.dossier.api.Plichtwijziging;
import nl.inburgering.platform.bsn.Bsn;

/**
 * Stelseldienst #3 as DUO decides it when a plicht changes: the full current state, for whoever has the plicht, so a
 * receiver that did not know the person can go on with it.
 *
 * @param vorigeGemeentecode the gemeente that had the plicht before, when the change moved it (else null)
 * @param keuze              after a doelgroepwijziging, the choice the gemeente passed on (#16); else null
 */
public record InburgeringsplichtGewijzigd(Bsn bsn, LeveringPolicy.Ontvanger ontvanger, String gemeentecode,
        String vorigeGemeentecode, Plichtwijziging.Reden reden, LocalDate begindatum,
        GedetailleerdeDoelgroep gedetailleerdeDoelgroep, Doelgroepkeuze keuze, Set<Plichtonderdeel> openstaandeOnderdelen,
        LocalDate datumWijziging, LocalDate geboortedatum) {

    public InburgeringsplichtGewijzigd {
        openstaandeOnderdelen = Set.copyOf(openstaandeOnderdelen);
    }

    /**
     * What the inburgeraar chose after his doelgroep changed (seed §13.4, footnote 6; contract
     * AsielrechtenWijzigingVerblijfsdoel).
     */
    public enum Doelgroepkeuze {
        ASIELRECHTEN_TOEGEKEND,
        BEHOUD_ASIELRECHTEN,
        OP_VERZOEK_BEHOUD_RECHTEN_GEZINS_EN_OVERIGE_MIGRANT,
        OP_VERZOEK_RECHTEN_GEZINS_EN_OVERIGE_MIGRANT_TOEGEKEND
    }
}
