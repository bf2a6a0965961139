package nl.inburgering.coa.bewoner.application;

import java.time.LocalDate;
import java.util.UUID;

/** Command: the gekoppelde gemeente plans the warme overdracht (it takes the initiative, seed §3.3). */
public record WarmeOverdrachtPlannen(String gemeentecode, UUID koppelingId, LocalDate datum) {
}
