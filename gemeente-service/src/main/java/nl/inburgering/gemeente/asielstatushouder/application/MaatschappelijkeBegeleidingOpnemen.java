package nl.inburgering.gemeente.asielstatushouder.application;

import java.time.LocalDate;
import nl.inburgering.platform.bsn.Bsn;

/** DUO's #4 as it delivered it. */
public record MaatschappelijkeBegeleidingOpnemen(Bsn bsn, String gemeentecode, LocalDate ingangsdatum,
        LocalDate datumVaststelling) {
}
