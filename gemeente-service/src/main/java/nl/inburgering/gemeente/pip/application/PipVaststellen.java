package nl.inburgering.gemeente.pip.application;

import java.util.UUID;
import nl.inburgering.gemeente.pip.domain.PipFormulierPolicy.PipInvoer;

/** The vaststelling by a caseworker of the gemeente of the token. */
public record PipVaststellen(String gemeentecode, UUID inburgeraarId, PipInvoer invoer) {
}
