package nl.inburgering.gemeente.intake.application;

import java.util.UUID;

/** Whether the inburgeringsplichtige appeared at an oproep of the brede intake. */
public record OpkomstVastleggen(String gemeentecode, UUID inburgeraarId, UUID oproepId, Boolean verschenen,
        String toelichting) {
}
