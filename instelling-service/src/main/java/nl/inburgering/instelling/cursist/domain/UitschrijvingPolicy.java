package nl.inburgering.instelling.cursist.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The uitschrijving of a cursist (#20): a date not in the future and not before his inschrijving. */
public final class UitschrijvingPolicy {

    private UitschrijvingPolicy() {
    }

    public record UitschrijvingInvoer(LocalDate datumUitschrijving, Boolean opleidingAfgerond) {
    }

    public static List<Probleem> problemen(UitschrijvingInvoer invoer, LocalDate datumInschrijving,
            LocalDate vandaag) {
        List<Probleem> problemen = new ArrayList<>();
        LocalDate datum = invoer.datumUitschrijving();
        if (datum == null) {
            problemen.add(new Probleem("datumUitschrijving", "required", "de datum van uitschrijving is verplicht"));
        } else if (datum.isAfter(vandaag)) {
            problemen.add(new Probleem("datumUitschrijving", "future", "een uitschrijving ligt niet in de toekomst"));
        } else if (datum.isBefore(datumInschrijving)) {
            problemen.add(new Probleem("datumUitschrijving", "order",
                    "de uitschrijving ligt voor de inschrijving van " + datumInschrijving));
        }
        if (invoer.opleidingAfgerond() == null) {
            problemen.add(new Probleem("opleidingAfgerond", "required",
                    "verplicht: true als de opleiding is afgerond, false bij voortijdige uitschrijving"));
        }
        return List.copyOf(problemen);
    }
}
