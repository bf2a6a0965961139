package nl.inburgering.gemeente.pip.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The hours a person spent on lessons and participation during the brede intake (seed §4.2). They are the
 * exception to the 10-werkdagen rule: the gemeente delivers them once the total is known, and DUO needs them
 * at handhaving op resultaat. Each delivery is the cumulative stand up to its peildatum.
 */
public final class GevolgdeUrenPolicy {

    private GevolgdeUrenPolicy() {
    }

    public record UrenInvoer(LocalDate peildatum, Integer urenTaallesEnKnmBredeIntake,
            Integer urenParticipatieactiviteitenBredeIntake, Integer urenParticipatieAlsTaalles,
            Integer urenParticipatieZroute, String actualisatiemoment) {
    }

    public record Beoordeling(List<Probleem> problemen, Optional<GevolgdeUren> uren) {

        public boolean isGoed() {
            return problemen.isEmpty();
        }
    }

    public static Beoordeling beoordeel(UrenInvoer invoer, LocalDate vandaag) {
        List<Probleem> problemen = new ArrayList<>();
        if (invoer.peildatum() == null) {
            problemen.add(new Probleem("peildatum", "required", "de peildatum is verplicht"));
        } else if (invoer.peildatum().isAfter(vandaag)) {
            problemen.add(new Probleem("peildatum", "future", "de peildatum ligt in de toekomst; alleen gevolgde"
                    + " uren worden doorgegeven"));
        } else if (invoer.peildatum().isBefore(PipFormulierPolicy.WI2021)) {
            problemen.add(new Probleem("peildatum", "range", "de peildatum ligt voor " + PipFormulierPolicy.WI2021
                    + ", de inwerkingtreding van de Wet inburgering 2021"));
        }
        uren("urenTaallesEnKnmBredeIntake", invoer.urenTaallesEnKnmBredeIntake(), problemen);
        uren("urenParticipatieactiviteitenBredeIntake", invoer.urenParticipatieactiviteitenBredeIntake(), problemen);
        uren("urenParticipatieAlsTaalles", invoer.urenParticipatieAlsTaalles(), problemen);
        uren("urenParticipatieZroute", invoer.urenParticipatieZroute(), problemen);
        Optional<Actualisatiemoment> moment = Optional.empty();
        if (invoer.actualisatiemoment() == null) {
            problemen.add(new Probleem("actualisatiemoment", "required", "het actualisatiemoment is verplicht"));
        } else {
            moment = Codes.lees(Actualisatiemoment.class, invoer.actualisatiemoment());
            if (moment.isEmpty()) {
                problemen.add(new Probleem("actualisatiemoment", "enum", "onbekend actualisatiemoment; toegestaan: "
                        + Codes.toegestaan(Actualisatiemoment.class)));
            }
        }
        if (!problemen.isEmpty()) {
            return new Beoordeling(List.copyOf(problemen), Optional.empty());
        }
        return new Beoordeling(List.of(), Optional.of(new GevolgdeUren(invoer.peildatum(),
                invoer.urenTaallesEnKnmBredeIntake(), invoer.urenParticipatieactiviteitenBredeIntake(),
                invoer.urenParticipatieAlsTaalles(), invoer.urenParticipatieZroute(), moment.get())));
    }

    /**
     * A stand replaces the earlier ones at DUO, so one with an older peildatum than the last delivered would put
     * DUO back in time. The same peildatum again is a correction and allowed.
     */
    public static boolean isOuderDanLaatsteStand(LocalDate peildatum, Optional<LocalDate> laatstGeleverd) {
        return laatstGeleverd.map(peildatum::isBefore).orElse(false);
    }

    private static void uren(String veld, Integer waarde, List<Probleem> problemen) {
        if (waarde == null) {
            problemen.add(new Probleem(veld, "required", "het aantal uren is verplicht (0 als er geen zijn)"));
        } else if (waarde < 0) {
            problemen.add(new Probleem(veld, "min", "het aantal uren is niet negatief"));
        }
    }
}
