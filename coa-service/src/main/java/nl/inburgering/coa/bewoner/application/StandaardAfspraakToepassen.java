package nl.inburgering.coa.bewoner.application;

import java.util.UUID;

/** Command: give a koppeling whose afspraaktermijn passed without an afspraak the standaard variant. */
public record StandaardAfspraakToepassen(UUID koppelingId) {
}
