package nl.inburgering.gemeente.pip.application;

import java.util.UUID;
import nl.inburgering.gemeente.pip.domain.GevolgdeUrenPolicy.UrenInvoer;

public record GevolgdeUrenMelden(String gemeentecode, UUID inburgeraarId, UrenInvoer invoer) {
}
