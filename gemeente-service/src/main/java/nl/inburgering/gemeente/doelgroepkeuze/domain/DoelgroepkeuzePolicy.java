package nl.inburgering.gemeente.doelgroepkeuze.domain;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;

/**
 * Seed §13.4: the gemeente and the inburgeraar sign the keuze form after the doelgroepwijziging, and the gemeente
 * passes it on "binnen 10 weken na de datum van de wijziging van de doelgroep". Every problem of the form at once.
 * Whether the keuze fits the direction of the wijziging DUO judges (it knows the doelgroep before and after; the
 * gemeente's copy of the doelgroep may still be the old one), and refuses a keuze that does not.
 */
public final class DoelgroepkeuzePolicy {

    /** Seed §13.4: "binnen 10 weken na de datum van de wijziging van de doelgroep". */
    public static final Period TERMIJN = Period.ofWeeks(10);

    private DoelgroepkeuzePolicy() {
    }

    public record Invoer(LocalDate datumWijzigingDoelgroep, Doelgroepkeuze keuze, LocalDate datumOndertekening) {
    }

    public static List<Probleem> beoordeel(Invoer invoer, LocalDate vandaag) {
        List<Probleem> problemen = new ArrayList<>();
        LocalDate wijziging = invoer.datumWijzigingDoelgroep();
        LocalDate ondertekening = invoer.datumOndertekening();
        if (wijziging == null) {
            problemen.add(new Probleem("datumWijzigingDoelgroep", "required", "is verplicht"));
        } else if (wijziging.isAfter(vandaag)) {
            problemen.add(new Probleem("datumWijzigingDoelgroep", "future", "mag niet in de toekomst liggen"));
        } else if (vandaag.isAfter(wijziging.plus(TERMIJN))) {
            problemen.add(new Probleem("datumWijzigingDoelgroep", "termijn", "de keuze gaat binnen 10 weken na de "
                    + "wijziging van de doelgroep naar DUO; die termijn is verstreken"));
        }
        if (invoer.keuze() == null) {
            problemen.add(new Probleem("keuze", "required", "is verplicht"));
        }
        if (ondertekening == null) {
            problemen.add(new Probleem("datumOndertekening", "required", "is verplicht"));
        } else if (ondertekening.isAfter(vandaag)) {
            problemen.add(new Probleem("datumOndertekening", "future", "mag niet in de toekomst liggen"));
        } else if (wijziging != null && ondertekening.isBefore(wijziging)) {
            problemen.add(new Probleem("datumOndertekening", "order",
                    "het keuzeformulier wordt ondertekend na de wijziging van de doelgroep"));
        }
        return problemen;
    }
}
