package nl.inburgering.gemeente.pip.application;

import java.util.UUID;
import nl.inburgering.gemeente.pip.domain.InburgeringsaanbodPolicy.AanbodInvoer;

public record InburgeringsaanbodVaststellen(String gemeentecode, UUID inburgeraarId, AanbodInvoer invoer) {
}
