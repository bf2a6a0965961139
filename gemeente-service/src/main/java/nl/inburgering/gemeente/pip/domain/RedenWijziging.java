package nl.inburgering.gemeente.pip.domain;

/** Why a vastgesteld PIP is changed and beschikt again (seed §5-7 and §10: afschalen, opschalen, route switch, ...). */
public enum RedenWijziging {
    WISSELING_LEERROUTE, AFSCHALEN, OPSCHALEN, NA_VRIJSTELLING_OF_ONTHEFFING, DOELGROEPWIJZIGING,
    NA_BEZWAAR_OF_BEROEP, OVERIG
}
