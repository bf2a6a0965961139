package nl.inburgering.gemeente.monitoring.domain;

import java.time.LocalDate;

/**
 * A gemeente's #22 record of one inburgeraar on a peildatum: the pseudonym for CBS only (never the BSN), the
 * gemeente, the doelgroep (name of DUO's Doelgroepindeling), when the brede intake began, the dagtekening and
 * leerroute of the PIP (null when none), and whether maatschappelijke begeleiding began and PVT and MAP are afgerond.
 */
public record TrajectVoorCbs(String pseudoniem, LocalDate peildatum, String gemeentecode, String doelgroep,
        LocalDate datumBredeIntakeGestart, LocalDate dagtekeningPip, String leerroute,
        boolean maatschappelijkeBegeleidingGestart, boolean pvtAfgerond, boolean mapAfgerond) {
}
