package nl.inburgering.gemeente.pip.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The form check of a vastgesteld PIP at the gemeente, every problem at once. It checks what the caseworker must
 * fill in and how; DUO's rules on the content (A2 or B1 with which route, the dagtekening against the plicht, the
 * vestiging and the previous PIP) are DUO's to decide and come back as its answer, so they are not repeated here.
 */
public final class PipFormulierPolicy {

    static final int MINIMALE_INTENSITEIT = 1;
    static final int MAXIMALE_INTENSITEIT = 9999;
    /** The Wet inburgering 2021 applies from this day: no PIP (and no aanbod or uren) is dated before it. */
    public static final LocalDate WI2021 = LocalDate.of(2022, 1, 1);
    /**
     * The most PIPs (vaststelling and wijzigingen) one gemeente sets for one person (issue 11, item 10; decision
     * 0015): a PIP changes with a switch of leerroute, afschalen, opschalen or a vrijstelling, a handful of times in
     * a termijn of three years. Each one is an event to DUO.
     */
    public static final int MAXIMAAL_PIPS = 20;
    /** The PIP view shows the latest this many; the count tells how many there are. */
    public static final int GETOONDE_PIPS = 20;

    private PipFormulierPolicy() {
    }

    /** What the caseworker entered, unchecked. */
    public record PipInvoer(LocalDate dagtekening, String leerroute, String niveau, Integer geschatteIntensiteitB1Route,
            Boolean indicatorMagOpleidingAfmaken, String alfabetiseringsonderwijs, Boolean eenzijdigVastgesteld,
            String redenWijziging) {
    }

    /** Either the PIP or every problem. */
    public record Beoordeling(List<Probleem> problemen, Optional<Pip> pip) {

        public boolean isGoed() {
            return problemen.isEmpty();
        }
    }

    /**
     * @param soort   a change needs a reden; for a first PIP a reden means nothing and is dropped
     * @param vandaag the day of the vaststelling, by the service's clock: a beschikking cannot be dated later
     */
    public static Beoordeling beoordeel(PipInvoer invoer, Pipsoort soort, LocalDate vandaag) {
        List<Probleem> problemen = new ArrayList<>();
        if (invoer.dagtekening() == null) {
            problemen.add(new Probleem("dagtekening", "required", "de dagtekening van de beschikking is verplicht"));
        } else if (invoer.dagtekening().isAfter(vandaag)) {
            problemen.add(new Probleem("dagtekening", "future",
                    "de dagtekening ligt in de toekomst; alleen een vastgesteld en beschikt PIP wordt doorgegeven"));
        } else if (invoer.dagtekening().isBefore(WI2021)) {
            problemen.add(new Probleem("dagtekening", "range",
                    "de dagtekening ligt voor " + WI2021 + ", de inwerkingtreding van de Wet inburgering 2021"));
        }
        Optional<Leerroute> leerroute = Optional.empty();
        if (invoer.leerroute() == null) {
            problemen.add(new Probleem("leerroute", "required", "de leerroute is verplicht"));
        } else {
            leerroute = Leerroute.vanCode(invoer.leerroute());
            if (leerroute.isEmpty()) {
                problemen.add(new Probleem("leerroute", "enum", "onbekende leerroute; toegestaan: "
                        + Codes.toegestaan(Leerroute.class)));
            }
        }
        Optional<Niveau> niveau = Optional.empty();
        if (invoer.niveau() != null) {
            niveau = Codes.lees(Niveau.class, invoer.niveau());
            if (niveau.isEmpty()) {
                problemen.add(new Probleem("niveau", "enum", "onbekend niveau; toegestaan: "
                        + Codes.toegestaan(Niveau.class) + " of leeg"));
            }
        }
        Integer intensiteit = invoer.geschatteIntensiteitB1Route();
        if (intensiteit != null && intensiteit < MINIMALE_INTENSITEIT) {
            problemen.add(new Probleem("geschatteIntensiteitB1Route", "min",
                    "de geschatte intensiteit is minstens " + MINIMALE_INTENSITEIT));
        } else if (intensiteit != null && intensiteit > MAXIMALE_INTENSITEIT) {
            problemen.add(new Probleem("geschatteIntensiteitB1Route", "max",
                    "de geschatte intensiteit is hoogstens " + MAXIMALE_INTENSITEIT));
        }
        Optional<Alfabetisering> alfabetisering = Alfabetisering.lees(invoer.alfabetiseringsonderwijs(), problemen);
        Optional<RedenWijziging> reden = Optional.empty();
        if (soort == Pipsoort.WIJZIGING) {
            if (invoer.redenWijziging() == null) {
                problemen.add(new Probleem("redenWijziging", "required",
                        "er is al een PIP doorgegeven: een gewijzigd PIP heeft een reden van wijziging"));
            } else {
                reden = Codes.lees(RedenWijziging.class, invoer.redenWijziging());
                if (reden.isEmpty()) {
                    problemen.add(new Probleem("redenWijziging", "enum", "onbekende reden van wijziging; toegestaan: "
                            + Codes.toegestaan(RedenWijziging.class)));
                }
            }
        }
        if (!problemen.isEmpty()) {
            return new Beoordeling(List.copyOf(problemen), Optional.empty());
        }
        return new Beoordeling(List.of(), Optional.of(new Pip(invoer.dagtekening(), leerroute.get(),
                niveau.orElse(null), intensiteit, Boolean.TRUE.equals(invoer.indicatorMagOpleidingAfmaken()),
                alfabetisering.get(), Boolean.TRUE.equals(invoer.eenzijdigVastgesteld()), reden.orElse(null))));
    }
}
