package nl.inburgering.duo.uren.application;

import nl.inburgering.platform.bsn.Bsn;

import java.time.LocalDate;
import java.util.Map;

import nl.inburgering.duo.uren.domain.Urensoort;

/**
 * Command: a gemeente reports the cumulative stand of a person's gevolgde uren as of {@code peildatum}
 * (#17 GevolgdeUrenGemeld: every soort; M2M GevolgdeUren PUT: one soort, as of today).
 *
 * @param actualisatiemoment why the stand is delivered now (#17), or null
 */
public record GevolgdeUrenVastleggen(Bsn bsn, String gemeentecode, LocalDate peildatum,
        Map<Urensoort, Integer> uren, String actualisatiemoment) {
}
