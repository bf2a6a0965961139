package nl.inburgering.gemeente.doelgroepkeuze.domain;

import java.time.LocalDate;

import nl.inburgering.platform.bsn.Bsn;

/** The gemeente passed the keuze on to DUO (#16 DoelgroepkeuzeDoorgegeven). */
public record DoelgroepkeuzeDoorgegevenDoorGemeente(Bsn bsn, String gemeentecode, LocalDate datumWijzigingDoelgroep,
        Doelgroepkeuze keuze, LocalDate datumOndertekening) {
}
