package nl.inburgering.duo.szw.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import nl.inburgering.duo.szw.application.Ketenrapportage;
import nl.inburgering.platform.security.Rol;
import nl.inburgering.platform.security.Toegang;
import nl.inburgering.platform.web.InvalidParam;
import nl.inburgering.platform.web.OngeldigeInvoerException;

/**
 * SZW's chain report in DUO's service (role SZW_MEDEWERKER; decisions 0035 and 0042): the delivery agreements per
 * stelseldienst and partner pair, and the first chain figures. Counts only, never a person. A malformed or reversed
 * period answers 400 listing every problem.
 */
@RestController
@RequestMapping("/api/v1/szw")
@Toegang(Rol.SZW_MEDEWERKER)
class KetenrapportController {

    private final Ketenrapportage rapportage;
    private final java.time.Clock clock;

    KetenrapportController(Ketenrapportage rapportage, java.time.Clock clock) {
        this.rapportage = rapportage;
        this.clock = clock;
    }

    /**
     * @param vanaf the first day of the period (default: the first of the current month)
     * @param tot   the day after the period (default: tomorrow)
     */
    @GetMapping("/leveringsafspraken")
    Ketenrapportage.LeveringsafsprakenRapport leveringsafspraken(@RequestParam(required = false) String vanaf,
            @RequestParam(required = false) String tot) {
        LocalDate vandaag = LocalDate.now(clock);
        List<InvalidParam> problemen = new ArrayList<>();
        LocalDate van = dag("vanaf", vanaf, vandaag.withDayOfMonth(1), problemen);
        LocalDate totDag = dag("tot", tot, vandaag.plusDays(1), problemen);
        if (van != null && totDag != null && !van.isBefore(totDag)) {
            problemen.add(new InvalidParam("tot", "period", "De dag tot ligt na de dag vanaf."));
        }
        if (!problemen.isEmpty()) {
            throw new OngeldigeInvoerException(problemen);
        }
        return rapportage.leveringsafspraken(van, totDag);
    }

    @GetMapping("/ketencijfers")
    Ketenrapportage.Ketencijfers ketencijfers() {
        return rapportage.ketencijfers();
    }

    private static LocalDate dag(String naam, String waarde, LocalDate standaard, List<InvalidParam> problemen) {
        if (waarde == null || waarde.isBlank()) {
            return standaard;
        }
        try {
            return LocalDate.parse(waarde);
        } catch (DateTimeParseException e) {
            problemen.add(new InvalidParam(naam, "date", "Een dag als 2026-12-01 (ISO 8601)."));
            return null;
        }
    }
}
