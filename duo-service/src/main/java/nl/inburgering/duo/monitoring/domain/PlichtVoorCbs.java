package nl.inburgering.duo.monitoring.domain;

import java.time.LocalDate;

/**
 * DUO's #22 record of one person on a peildatum: the pseudonym for CBS only (never the BSN), the current gemeente,
 * the doelgroep (names of DUO's GedetailleerdeDoelgroep and Doelgroepindeling), the begin of the plicht, the end of
 * the termijn and the leerroute when known, the stand of the plicht and the number of boetes.
 */
public record PlichtVoorCbs(String pseudoniem, LocalDate peildatum, String gemeentecode, String doelgroep,
        String gedetailleerdeDoelgroep, LocalDate begindatumPlicht, LocalDate einddatumTermijn, String leerroute,
        StandVanDePlicht stand, int aantalBoetes) {
}
