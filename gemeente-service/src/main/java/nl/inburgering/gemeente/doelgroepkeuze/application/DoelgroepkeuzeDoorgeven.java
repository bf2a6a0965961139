package nl.inburgering.gemeente.doelgroepkeuze.application;

import java.util.UUID;

import nl.inburgering.gemeente.doelgroepkeuze.domain.DoelgroepkeuzePolicy;

/** Command: the caseworker passes the inburgeraar's keuze after his doelgroepwijziging on to DUO (#16). */
public record DoelgroepkeuzeDoorgeven(String gemeentecode, UUID inburgeraarId, DoelgroepkeuzePolicy.Invoer invoer) {
}
