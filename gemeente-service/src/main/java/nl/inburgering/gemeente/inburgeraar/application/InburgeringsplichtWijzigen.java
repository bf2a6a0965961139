package nl.inburgering.gemeente.inburgeraar.application;

import java.time.LocalDate;
import java.util.List;

import nl.inburgering.platform.bsn.Bsn;

/**
 * DUO changed the plicht (#3 InburgeringsplichtGewijzigd), as it delivered it: the full current state.
 *
 * @param ontvanger             DUO's receiver by name (only GEMEENTE is processed here)
 * @param reden                 DUO's RedenWijzigingInburgeringsplicht by name, e.g. DOELGROEP_GEWIJZIGD
 * @param asielrechten          DUO's AsielrechtenWijzigingVerblijfsdoel by name; null when DUO did not name one
 * @param openstaandeOnderdelen the onderdelen still to pass, in DUO's order (KNM, LE, LU, SC, SP, PVT, MAP)
 * @param vorigeGemeentecode    only with reden GEMEENTE_GEWIJZIGD: the gemeente he moved from; else null
 */
public record InburgeringsplichtWijzigen(String ontvanger, Bsn bsn, String gemeentecode, String reden,
        LocalDate datumWijziging, LocalDate geboortedatum, LocalDate begindatum, String doelgroep,
        String gedetailleerdeDoelgroep, String asielrechten, List<String> openstaandeOnderdelen,
        String vorigeGemeentecode) {

    public InburgeringsplichtWijzigen {
        openstaandeOnderdelen = List.copyOf(openstaandeOnderdelen);
    }

    /** A verhuizing from another gemeente (seed §13.2): DUO named the gemeente he came from. */
    public boolean isVerhuizing() {
        return "GEMEENTE_GEWIJZIGD".equals(reden) && vorigeGemeentecode != null
                && !vorigeGemeentecode.equals(gemeentecode);
    }
}
