package nl.inburgering.gemeente.pip.application;

import java.util.UUID;
import nl.inburgering.gemeente.pip.domain.PipFormulierPolicy.PipInvoer;

/**
 * The vaststelling by a caseworker of the gemeente of the token.
 *
 * @param urenOnderwijsKeurmerkinstelling for an afschaling (seed §5.3): the hours of onderwijs the person followed at
 *                                        an instelling with a keurmerk, as the caseworker records them; else null
 */
public record PipVaststellen(String gemeentecode, UUID inburgeraarId, PipInvoer invoer,
        Integer urenOnderwijsKeurmerkinstelling) {
}
