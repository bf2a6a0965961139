package nl.inburgering.instelling.inspanning.messaging;

import nl.inburgering.contracts.common.Actualisatiemoment;
import nl.inburgering.contracts.common.Inspanning;
import nl.inburgering.contracts.common.Leerroute;
import nl.inburgering.instelling.inspanning.domain.Inspanningsstand;

/** The stand as the contract's common Inspanning record, shared by both routes of #18. */
final class InspanningContract {

    private InspanningContract() {
    }

    static Inspanning inspanning(Inspanningsstand stand) {
        return Inspanning.newBuilder().setInstellingsnummer(stand.instellingsnummer())
                .setLeerroute(leerroute(stand.leerroute())).setPeildatum(stand.peildatum())
                .setStartdatumOnderwijs(stand.startdatumOnderwijs()).setUrenAangeboden(stand.urenAangeboden())
                .setUrenAanwezig(stand.urenAanwezig()).setUrenOngeoorloofdVerzuim(stand.urenOngeoorloofdVerzuim())
                .setTaalschakeltrajectAfgerond(stand.taalschakeltrajectAfgerond())
                .setDatumAfrondingTaalschakeltraject(stand.datumAfrondingTaalschakeltraject())
                .setActualisatiemoment(actualisatiemoment(stand.actualisatiemoment())).build();
    }

    static Leerroute leerroute(nl.inburgering.instelling.cursist.api.Leerroute leerroute) {
        return switch (leerroute) {
            case B1_ROUTE -> Leerroute.B1_ROUTE;
            case ONDERWIJSROUTE -> Leerroute.ONDERWIJSROUTE;
            case Z_ROUTE -> Leerroute.ZELFREDZAAMHEIDSROUTE;
        };
    }

    static Actualisatiemoment actualisatiemoment(
            nl.inburgering.instelling.inspanning.domain.Actualisatiemoment moment) {
        return switch (moment) {
            case TUSSENTIJDS -> Actualisatiemoment.TUSSENTIJDS;
            case EINDE_INBURGERINGSTERMIJN -> Actualisatiemoment.EINDE_INBURGERINGSTERMIJN;
            case VERHUIZING_BINNENLAND -> Actualisatiemoment.VERHUIZING_BINNENLAND;
            case VERTREK_BUITENLAND -> Actualisatiemoment.VERTREK_BUITENLAND;
            case WIJZIGING_LEERROUTE -> Actualisatiemoment.WIJZIGING_LEERROUTE;
            case WIJZIGING_DOELGROEP -> Actualisatiemoment.WIJZIGING_DOELGROEP;
            case TIJDELIJKE_VRIJSTELLING -> Actualisatiemoment.TIJDELIJKE_VRIJSTELLING;
            case UITSCHRIJVING_INSTELLING -> Actualisatiemoment.UITSCHRIJVING_INSTELLING;
            case TAALSCHAKELTRAJECT_AFGEROND -> Actualisatiemoment.TAALSCHAKELTRAJECT_AFGEROND;
        };
    }
}
