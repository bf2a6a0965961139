package nl.inburgering.gemeente.pip.domain;

/** Why the gemeente delivers a stand of the hours now (§14.2.1: the moments DUO needs them, or in between). */
public enum Actualisatiemoment {
    EINDE_INBURGERINGSTERMIJN, VERHUIZING_BINNENLAND, VERTREK_BUITENLAND, WIJZIGING_LEERROUTE, WIJZIGING_DOELGROEP,
    TIJDELIJKE_VRIJSTELLING, UITSCHRIJVING_INSTELLING, TAALSCHAKELTRAJECT_AFGEROND, TUSSENTIJDS
}
