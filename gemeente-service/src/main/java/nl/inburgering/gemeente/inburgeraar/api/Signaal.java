package nl.inburgering.gemeente.inburgeraar.api;

import java.time.LocalDate;

/**
 * One signal on a werkvoorraad row: what needs action, and since which day (the day it arose: the day 4 weeks before
 * the end, the day after the termijn, the dagtekening of DUO's signal or beschikking, ...).
 */
public record Signaal(Signaalsoort soort, LocalDate sinds) {
}
