package nl.inburgering.instelling.inspanning.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import nl.inburgering.instelling.cursist.api.Cursist;

/**
 * The form of a stand of inspanning (#18), every problem at once, against the cursist's inschrijving: the period runs
 * from the start of his education to the peildatum, which lies neither in the future nor after his uitschrijving;
 * attendance and ongeoorloofd verzuim fit in the lessons offered; a taalschakeltraject is only afgerond in one.
 */
public final class InspanningPolicy {

    /** A day of lessons has at most this many hours; more offered hours than that since the start is a typo. */
    static final int MAXIMALE_UREN_PER_DAG = 24;

    private InspanningPolicy() {
    }

    public record InspanningInvoer(LocalDate peildatum, Integer urenAangeboden, Integer urenAanwezig,
            Integer urenOngeoorloofdVerzuim, Boolean taalschakeltrajectAfgerond,
            LocalDate datumAfrondingTaalschakeltraject, String actualisatiemoment) {
    }

    public record Beoordeling(List<Probleem> problemen, Optional<Inspanningsstand> stand) {

        public boolean isGoed() {
            return problemen.isEmpty();
        }
    }

    public static Beoordeling beoordeel(Cursist cursist, InspanningInvoer invoer, LocalDate vandaag) {
        List<Probleem> problemen = new ArrayList<>();
        LocalDate peildatum = invoer.peildatum();
        if (peildatum == null) {
            problemen.add(new Probleem("peildatum", "required", "de peildatum is verplicht"));
        } else if (peildatum.isAfter(vandaag)) {
            problemen.add(new Probleem("peildatum", "future",
                    "de peildatum ligt in de toekomst; alleen gevolgde lessen tellen"));
        } else if (peildatum.isBefore(cursist.startdatum())) {
            problemen.add(new Probleem("peildatum", "order",
                    "de peildatum ligt voor de start van het onderwijs op " + cursist.startdatum()));
        } else if (cursist.datumUitschrijving() != null && peildatum.isAfter(cursist.datumUitschrijving())) {
            problemen.add(new Probleem("peildatum", "order",
                    "de peildatum ligt na de uitschrijving op " + cursist.datumUitschrijving()));
        }
        Integer aangeboden = uren("urenAangeboden", invoer.urenAangeboden(), problemen);
        Integer aanwezig = uren("urenAanwezig", invoer.urenAanwezig(), problemen);
        Integer verzuim = uren("urenOngeoorloofdVerzuim", invoer.urenOngeoorloofdVerzuim(), problemen);
        if (aangeboden != null && peildatum != null && !peildatum.isBefore(cursist.startdatum())) {
            long dagen = ChronoUnit.DAYS.between(cursist.startdatum(), peildatum) + 1;
            if (aangeboden > dagen * MAXIMALE_UREN_PER_DAG) {
                problemen.add(new Probleem("urenAangeboden", "max", "meer uren dan er sinds de start ("
                        + cursist.startdatum() + ") tot de peildatum in een dag passen"));
            }
        }
        if (aangeboden != null && aanwezig != null && aanwezig > aangeboden) {
            problemen.add(new Probleem("urenAanwezig", "max", "aanwezig bij meer uren dan er zijn aangeboden"));
        }
        if (aangeboden != null && aanwezig != null && verzuim != null && aanwezig <= aangeboden
                && verzuim > aangeboden - aanwezig) {
            problemen.add(new Probleem("urenOngeoorloofdVerzuim", "max",
                    "ongeoorloofd verzuim is afwezigheid: hoogstens de aangeboden uren min de aanwezige"));
        }
        boolean afgerond = Boolean.TRUE.equals(invoer.taalschakeltrajectAfgerond());
        LocalDate afronding = invoer.datumAfrondingTaalschakeltraject();
        if (afgerond && !cursist.taalschakeltraject()) {
            problemen.add(new Probleem("taalschakeltrajectAfgerond", "notAllowed",
                    "deze cursist volgt geen taalschakeltraject"));
        } else if (afgerond && afronding == null) {
            problemen.add(new Probleem("datumAfrondingTaalschakeltraject", "required",
                    "de datum van afronding is verplicht als het taalschakeltraject is afgerond"));
        } else if (!afgerond && afronding != null) {
            problemen.add(new Probleem("datumAfrondingTaalschakeltraject", "notAllowed",
                    "alleen als het taalschakeltraject is afgerond"));
        } else if (afgerond && peildatum != null
                && (afronding.isAfter(peildatum) || afronding.isBefore(cursist.startdatum()))) {
            problemen.add(new Probleem("datumAfrondingTaalschakeltraject", "order",
                    "de afronding ligt tussen de start van het onderwijs en de peildatum"));
        }
        Optional<Actualisatiemoment> moment = Optional.of(Actualisatiemoment.TUSSENTIJDS);
        if (invoer.actualisatiemoment() != null) {
            moment = Arrays.stream(Actualisatiemoment.values())
                    .filter(waarde -> waarde.name().equals(invoer.actualisatiemoment())).findFirst();
            if (moment.isEmpty()) {
                problemen.add(new Probleem("actualisatiemoment", "enum", "onbekend actualisatiemoment; toegestaan: "
                        + Arrays.stream(Actualisatiemoment.values()).map(Enum::name)
                                .collect(Collectors.joining(", "))));
            }
        }
        if (!problemen.isEmpty()) {
            return new Beoordeling(List.copyOf(problemen), Optional.empty());
        }
        return new Beoordeling(List.of(), Optional.of(new Inspanningsstand(cursist.instellingsnummer(),
                cursist.leerroute(), cursist.startdatum(), peildatum, aangeboden, aanwezig, verzuim, afgerond,
                afronding, moment.get())));
    }

    /**
     * A stand replaces the earlier ones where it goes, so one with an older peildatum than the last reported would
     * put the recipient back in time. The same peildatum again is a correction and allowed.
     */
    public static boolean isOuderDanLaatsteStand(LocalDate peildatum, Optional<LocalDate> laatstGemeld) {
        return laatstGemeld.map(peildatum::isBefore).orElse(false);
    }

    private static Integer uren(String veld, Integer waarde, List<Probleem> problemen) {
        if (waarde == null) {
            problemen.add(new Probleem(veld, "required", "het aantal uren is verplicht (0 als er geen zijn)"));
            return null;
        }
        if (waarde < 0) {
            problemen.add(new Probleem(veld, "min", "het aantal uren is niet negatief"));
            return null;
        }
        return waarde;
    }
}
