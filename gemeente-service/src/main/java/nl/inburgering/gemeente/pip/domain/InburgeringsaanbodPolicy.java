package nl.inburgering.gemeente.pip.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * When the gemeente may give an inburgeringsaanbod, and the form check of it. Seed §4.2: the gemeente gives an
 * aanbod to an inburgeringsplichtige asielstatushouder (gezins- and overige migranten arrange their own education),
 * after the PIP is vastgesteld, and only once it is definitive. Whether DUO knows the instellingen and whether the
 * dates fit the PIP and the termijn is DUO's to decide (its answer comes back as registratie).
 */
public final class InburgeringsaanbodPolicy {

    /** The name of the asielstatushouder doelgroep in DUO's #3. */
    public static final String ASIELSTATUSHOUDER = "ASIELSTATUSHOUDER";
    /**
     * Issue 11: 100,000 copies of one instellingsnummer were accepted and flowed into Avro. DUO's consumer of #16
     * takes at most 10 instellingsnummers of digits (its VastgesteldeGegevensPipMapper; more is a dead letter there),
     * so the gemeente accepts no more and no other (decision 0015).
     */
    static final int MAXIMAAL_INSTELLINGEN = 10;
    static final String INSTELLINGSNUMMER = "[0-9]{1,10}";
    static final int MAXIMALE_JAREN_OPLEIDING = 10;

    private InburgeringsaanbodPolicy() {
    }

    /** What the caseworker entered, unchecked. */
    public record AanbodInvoer(LocalDate datumInburgeringsaanbod, LocalDate verwachteStartdatumOpleiding,
            LocalDate verwachteEinddatumOpleiding, String alfabetiseringsonderwijs, List<String> instellingsnummers) {
    }

    public record Beoordeling(List<Probleem> problemen, Optional<Inburgeringsaanbod> aanbod) {

        public boolean isGoed() {
            return problemen.isEmpty();
        }
    }

    /**
     * Why the gemeente may not give this person an aanbod now, if it may not.
     *
     * @param doelgroep             the doelgroep DUO delivered with the plicht (#3)
     * @param heeftVastgesteldPip   the gemeente has a PIP of the person that DUO did not reject
     */
    public static Optional<String> weigering(String doelgroep, boolean heeftVastgesteldPip) {
        if (!ASIELSTATUSHOUDER.equals(doelgroep)) {
            return Optional.of("Een inburgeringsaanbod is alleen voor een asielstatushouder; deze inburgeraar valt"
                    + " volgens DUO in de doelgroep " + doelgroep + " en regelt zijn onderwijs zelf.");
        }
        if (!heeftVastgesteldPip) {
            return Optional.of("Een inburgeringsaanbod volgt op het vastgestelde PIP; deze inburgeraar heeft in uw"
                    + " gemeente nog geen vastgesteld PIP (of DUO wees het af).");
        }
        return Optional.empty();
    }

    public static Beoordeling beoordeel(AanbodInvoer invoer) {
        List<Probleem> problemen = new ArrayList<>();
        if (invoer.datumInburgeringsaanbod() == null) {
            problemen.add(new Probleem("datumInburgeringsaanbod", "required",
                    "de datum van het inburgeringsaanbod is verplicht"));
        } else if (invoer.datumInburgeringsaanbod().isBefore(PipFormulierPolicy.WI2021)) {
            problemen.add(new Probleem("datumInburgeringsaanbod", "range", "de datum ligt voor "
                    + PipFormulierPolicy.WI2021 + ", de inwerkingtreding van de Wet inburgering 2021"));
        }
        for (String veld : List.of("verwachteStartdatumOpleiding", "verwachteEinddatumOpleiding")) {
            LocalDate datum = veld.equals("verwachteStartdatumOpleiding") ? invoer.verwachteStartdatumOpleiding()
                    : invoer.verwachteEinddatumOpleiding();
            if (datum != null && (datum.isBefore(PipFormulierPolicy.WI2021) || (invoer.datumInburgeringsaanbod() != null
                    && datum.isAfter(invoer.datumInburgeringsaanbod().plusYears(MAXIMALE_JAREN_OPLEIDING))))) {
                problemen.add(new Probleem(veld, "range", "de datum ligt voor " + PipFormulierPolicy.WI2021
                        + " of meer dan " + MAXIMALE_JAREN_OPLEIDING + " jaar na het inburgeringsaanbod"));
            }
        }
        Optional<Alfabetisering> alfabetisering = Alfabetisering.lees(invoer.alfabetiseringsonderwijs(), problemen);
        List<String> instellingen = invoer.instellingsnummers() == null ? List.of() : invoer.instellingsnummers();
        if (instellingen.isEmpty()) {
            problemen.add(new Probleem("instellingsnummers", "required",
                    "noem minstens één instelling waar de inburgeraar onderwijs kan volgen"));
        } else if (instellingen.size() > MAXIMAAL_INSTELLINGEN) {
            problemen.add(new Probleem("instellingsnummers", "size",
                    "hoogstens " + MAXIMAAL_INSTELLINGEN + " instellingen"));
        } else if (instellingen.stream().distinct().count() < instellingen.size()) {
            problemen.add(new Probleem("instellingsnummers", "unique", "een instelling staat er meer dan één keer in"));
        }
        for (int i = 0; i < Math.min(instellingen.size(), MAXIMAAL_INSTELLINGEN); i++) {
            if (instellingen.get(i) == null || instellingen.get(i).isBlank()) {
                problemen.add(new Probleem("instellingsnummers[" + i + "]", "required", "een instellingsnummer is leeg"));
            } else if (!instellingen.get(i).matches(INSTELLINGSNUMMER)) {
                problemen.add(new Probleem("instellingsnummers[" + i + "]", "pattern",
                        "een DUO-instellingsnummer is 1 tot 10 cijfers"));
            }
        }
        LocalDate start = invoer.verwachteStartdatumOpleiding();
        LocalDate einde = invoer.verwachteEinddatumOpleiding();
        if (start != null && invoer.datumInburgeringsaanbod() != null
                && start.isBefore(invoer.datumInburgeringsaanbod())) {
            problemen.add(new Probleem("verwachteStartdatumOpleiding", "order",
                    "de opleiding start niet voor de datum van het inburgeringsaanbod"));
        }
        if (start != null && einde != null && einde.isBefore(start)) {
            problemen.add(new Probleem("verwachteEinddatumOpleiding", "order",
                    "de verwachte einddatum ligt voor de verwachte startdatum"));
        }
        if (!problemen.isEmpty()) {
            return new Beoordeling(List.copyOf(problemen), Optional.empty());
        }
        return new Beoordeling(List.of(), Optional.of(new Inburgeringsaanbod(invoer.datumInburgeringsaanbod(), start,
                einde, alfabetisering.get(), instellingen)));
    }
}
