package nl.inburgering.duo.dossier.domain;

import java.time.LocalDate;

import nl.inburgering.platform.bsn.Bsn;

/** Stelseldienst #4: the gekoppelde gemeente must offer the asielstatushouder maatschappelijke begeleiding. */
public record RechtOpMaatschappelijkeBegeleidingVastgesteld(Bsn bsn, String gemeentecode, LocalDate ingangsdatum,
        LocalDate datumVaststelling) {
}
