package nl.inburgering.instelling.cursist.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import nl.inburgering.instelling.cursist.api.Contractpartij;
import nl.inburgering.instelling.cursist.api.Leerroute;
import nl.inburgering.instelling.cursist.api.Taalniveau;
import nl.inburgering.platform.bsn.Bsn;

/**
 * The form of an inschrijving (#20), every problem at once. Who bought the lessons decides where the inspanning goes
 * (seed §15.5), so a gemeente as contractpartij must be named, and be one whose topics exist in this chain: an
 * inspanning for a gemeente without a topic would wait in the outbox forever, and every record behind it.
 */
public final class InschrijvingPolicy {

    /** The Wet inburgering 2021 came into force: nothing of it lies before. */
    public static final LocalDate WI2021 = LocalDate.of(2022, 1, 1);

    public static final Probleem BSN_VERPLICHT = new Probleem("bsn", "required", "het BSN is verplicht");
    public static final Probleem BSN_ONGELDIG = new Probleem("bsn", "format",
            "geen geldig BSN (9 cijfers, elfproef)");

    private InschrijvingPolicy() {
    }

    /**
     * What the medewerker entered. The BSN is read at the edge: a {@link Bsn}, or the problem with what was entered
     * ({@code bsnProbleem}), so it is listed with the others.
     */
    public record InschrijvingInvoer(Bsn bsn, Probleem bsnProbleem, String leerroute, String taalniveau, Boolean taalschakeltraject,
            String contractpartij, String gemeentecode, LocalDate datumInschrijving, LocalDate startdatum,
            LocalDate verwachteEinddatum) {
    }

    public record Beoordeling(List<Probleem> problemen, Optional<Inschrijving> inschrijving) {

        public boolean isGoed() {
            return problemen.isEmpty();
        }
    }

    /**
     * @param gemeenten the gemeentecodes whose topics exist here ({@code keten.gemeenten})
     */
    public static Beoordeling beoordeel(String instellingsnummer, InschrijvingInvoer invoer, LocalDate vandaag,
            Collection<String> gemeenten) {
        List<Probleem> problemen = new ArrayList<>();
        if (invoer.bsnProbleem() != null) {
            problemen.add(invoer.bsnProbleem());
        } else if (invoer.bsn() == null) {
            problemen.add(BSN_VERPLICHT);
        }
        Optional<Leerroute> leerroute = verplichteCode("leerroute", invoer.leerroute(), Leerroute.class, problemen);
        Optional<Taalniveau> taalniveau = Optional.empty();
        if (invoer.taalniveau() != null) {
            taalniveau = Codes.lees(Taalniveau.class, invoer.taalniveau());
            if (taalniveau.isEmpty()) {
                problemen.add(new Probleem("taalniveau", "enum", "onbekend taalniveau; toegestaan: "
                        + Codes.toegestaan(Taalniveau.class) + " of null"));
            } else if (leerroute.filter(Leerroute.Z_ROUTE::equals).isPresent()) {
                problemen.add(new Probleem("taalniveau", "notAllowed",
                        "de Z-route kent geen taalniveau: geen examen, geen niveau"));
            }
        }
        boolean taalschakeltraject = Boolean.TRUE.equals(invoer.taalschakeltraject());
        if (taalschakeltraject && leerroute.isPresent() && leerroute.get() != Leerroute.ONDERWIJSROUTE) {
            problemen.add(new Probleem("taalschakeltraject", "notAllowed",
                    "een taalschakeltraject hoort bij de onderwijsroute"));
        }
        Optional<Contractpartij> contractpartij = verplichteCode("contractpartij", invoer.contractpartij(),
                Contractpartij.class, problemen);
        if (contractpartij.filter(Contractpartij.GEMEENTE::equals).isPresent()) {
            if (invoer.gemeentecode() == null) {
                problemen.add(new Probleem("gemeentecode", "required",
                        "de gemeente die de lessen inkocht is verplicht bij contractpartij GEMEENTE"));
            } else if (!invoer.gemeentecode().matches("\\d{4}")) {
                problemen.add(new Probleem("gemeentecode", "format", "een gemeentecode is 4 cijfers (CBS)"));
            } else if (!gemeenten.contains(invoer.gemeentecode())) {
                problemen.add(new Probleem("gemeentecode", "unknown", "gemeente " + invoer.gemeentecode()
                        + " is niet aangesloten op deze keten; aangesloten: " + String.join(", ", gemeenten)));
            }
        } else if (contractpartij.isPresent() && invoer.gemeentecode() != null) {
            problemen.add(new Probleem("gemeentecode", "notAllowed",
                    "alleen bij contractpartij GEMEENTE: de inburgeraar kocht de lessen zelf in"));
        }
        LocalDate inschrijving = invoer.datumInschrijving();
        if (inschrijving == null) {
            problemen.add(new Probleem("datumInschrijving", "required", "de datum van inschrijving is verplicht"));
        } else if (inschrijving.isAfter(vandaag)) {
            problemen.add(new Probleem("datumInschrijving", "future", "een inschrijving ligt niet in de toekomst"));
        } else if (inschrijving.isBefore(WI2021)) {
            problemen.add(new Probleem("datumInschrijving", "range", "de datum van inschrijving ligt voor " + WI2021
                    + ", de inwerkingtreding van de Wet inburgering 2021"));
        }
        LocalDate start = invoer.startdatum();
        if (start == null) {
            problemen.add(new Probleem("startdatum", "required", "de startdatum van het onderwijs is verplicht"));
        } else if (inschrijving != null && start.isBefore(inschrijving)) {
            problemen.add(new Probleem("startdatum", "order", "het onderwijs start niet voor de inschrijving"));
        } else if (start.isAfter(vandaag.plusYears(1))) {
            problemen.add(new Probleem("startdatum", "range", "de startdatum ligt meer dan een jaar vooruit"));
        }
        LocalDate einde = invoer.verwachteEinddatum();
        if (einde != null && start != null && !einde.isAfter(start)) {
            problemen.add(new Probleem("verwachteEinddatum", "order", "de verwachte einddatum ligt na de startdatum"));
        } else if (einde != null && einde.isAfter(vandaag.plusYears(10))) {
            problemen.add(new Probleem("verwachteEinddatum", "range",
                    "de verwachte einddatum ligt meer dan tien jaar vooruit"));
        }
        if (!problemen.isEmpty()) {
            return new Beoordeling(List.copyOf(problemen), Optional.empty());
        }
        return new Beoordeling(List.of(), Optional.of(new Inschrijving(invoer.bsn(), instellingsnummer,
                leerroute.get(), taalniveau.orElse(null), taalschakeltraject, contractpartij.get(),
                invoer.gemeentecode(), inschrijving, start, einde)));
    }

    private static <E extends Enum<E>> Optional<E> verplichteCode(String veld, String code, Class<E> soort,
            List<Probleem> problemen) {
        if (code == null) {
            problemen.add(new Probleem(veld, "required", "verplicht; toegestaan: " + Codes.toegestaan(soort)));
            return Optional.empty();
        }
        Optional<E> waarde = Codes.lees(soort, code);
        if (waarde.isEmpty()) {
            problemen.add(new Probleem(veld, "enum", "onbekende waarde; toegestaan: " + Codes.toegestaan(soort)));
        }
        return waarde;
    }
}
