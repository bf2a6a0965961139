package nl.inburgering.coa.bewoner.application;

import java.util.UUID;

import nl.inburgering.coa.bewoner.domain.Betrokkenheidsvariant;

/** Command: the gekoppelde gemeente records at COA how it is involved while the bewoner is in the AZC. */
public record AfspraakVastleggen(String gemeentecode, UUID koppelingId, Betrokkenheidsvariant variant) {
}
