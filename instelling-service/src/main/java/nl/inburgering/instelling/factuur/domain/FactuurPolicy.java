package nl.inburgering.instelling.factuur.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import nl.inburgering.instelling.cursist.api.Leerroute;
import nl.inburgering.instelling.cursist.api.Taalniveau;
import nl.inburgering.platform.bsn.Bsn;

/**
 * The form of an invoice to DUO (seed §12.2), every problem at once. The amount is euro with cents, more than 0 and
 * within what the contract carries (decimal(9,2)); the factuurdatum is a dagtekening, so not in the future and not
 * before the Wet inburgering 2021. The niveau is that of the PIP in the B1-route (A2 or B1, DUO's NiveauPip; DUO
 * checks it against the PIP, "eventueel hoger"); the onderwijsroute and the Z-route have no such level.
 */
public final class FactuurPolicy {

    /** The Wet inburgering 2021 came into force: nothing of it lies before. */
    public static final LocalDate WI2021 = LocalDate.of(2022, 1, 1);
    /** What the contract's decimal(9,2) can carry: at most 9 999 999.99 euro. */
    public static final BigDecimal MAXIMAAL_BEDRAG = new BigDecimal("9999999.99");
    static final int MAXIMALE_LENGTE_FACTUURNUMMER = 40;
    static final int MAXIMALE_LENGTE_OMSCHRIJVING = 500;
    private static final List<Taalniveau> NIVEAUS_PIP = List.of(Taalniveau.A2, Taalniveau.B1);

    public static final Probleem BSN_VERPLICHT = new Probleem("bsn", "required", "het BSN is verplicht");
    public static final Probleem BSN_ONGELDIG = new Probleem("bsn", "format",
            "geen geldig BSN (9 cijfers, elfproef)");

    private FactuurPolicy() {
    }

    /**
     * What the medewerker entered. The BSN is read at the edge: a {@link Bsn}, or the problem with what was entered
     * ({@code bsnProbleem}), so it is listed with the others.
     */
    public record FactuurInvoer(String factuurnummer, Bsn bsn, Probleem bsnProbleem, String leerroute, String niveau,
            String omschrijving, BigDecimal bedrag, LocalDate factuurdatum) {
    }

    public record Beoordeling(List<Probleem> problemen, Optional<Factuur> factuur) {

        public boolean isGoed() {
            return problemen.isEmpty();
        }
    }

    public static Beoordeling beoordeel(String instellingsnummer, FactuurInvoer invoer, LocalDate vandaag) {
        List<Probleem> problemen = new ArrayList<>();
        String factuurnummer = tekst("factuurnummer", invoer.factuurnummer(), MAXIMALE_LENGTE_FACTUURNUMMER,
                problemen);
        if (invoer.bsnProbleem() != null) {
            problemen.add(invoer.bsnProbleem());
        } else if (invoer.bsn() == null) {
            problemen.add(BSN_VERPLICHT);
        }
        Optional<Leerroute> leerroute = Optional.empty();
        if (invoer.leerroute() == null) {
            problemen.add(new Probleem("leerroute", "required", "de leerroute is verplicht"));
        } else {
            leerroute = Arrays.stream(Leerroute.values()).filter(l -> l.name().equals(invoer.leerroute()))
                    .findFirst();
            if (leerroute.isEmpty()) {
                problemen.add(new Probleem("leerroute", "enum", "onbekende leerroute; toegestaan: "
                        + namen(Arrays.asList(Leerroute.values()))));
            }
        }
        Taalniveau niveau = null;
        if (leerroute.isPresent() && leerroute.get() != Leerroute.B1_ROUTE) {
            if (invoer.niveau() != null) {
                problemen.add(new Probleem("niveau", "notAllowed",
                        "alleen in de B1-route; de " + leerroute.get() + " kent geen niveau van het PIP"));
            }
        } else if (invoer.niveau() == null) {
            problemen.add(new Probleem("niveau", "required", "het niveau is verplicht in de B1-route"));
        } else {
            niveau = NIVEAUS_PIP.stream().filter(n -> n.name().equals(invoer.niveau())).findFirst().orElse(null);
            if (niveau == null) {
                problemen.add(new Probleem("niveau", "enum", "onbekend niveau; toegestaan: " + namen(NIVEAUS_PIP)));
            }
        }
        String omschrijving = tekst("omschrijving", invoer.omschrijving(), MAXIMALE_LENGTE_OMSCHRIJVING, problemen);
        BigDecimal bedrag = invoer.bedrag();
        if (bedrag == null) {
            problemen.add(new Probleem("bedrag", "required", "het bedrag is verplicht (euro, met centen)"));
        } else if (bedrag.signum() <= 0) {
            problemen.add(new Probleem("bedrag", "min", "het bedrag is meer dan 0 euro"));
        } else if (bedrag.stripTrailingZeros().scale() > 2) {
            problemen.add(new Probleem("bedrag", "scale", "een bedrag in euro heeft hoogstens 2 decimalen"));
        } else if (bedrag.compareTo(MAXIMAAL_BEDRAG) > 0) {
            problemen.add(new Probleem("bedrag", "max", "hoogstens " + MAXIMAAL_BEDRAG + " euro"));
        }
        LocalDate factuurdatum = invoer.factuurdatum();
        if (factuurdatum == null) {
            problemen.add(new Probleem("factuurdatum", "required", "de factuurdatum is verplicht"));
        } else if (factuurdatum.isAfter(vandaag)) {
            problemen.add(new Probleem("factuurdatum", "future", "de factuurdatum ligt in de toekomst"));
        } else if (factuurdatum.isBefore(WI2021)) {
            problemen.add(new Probleem("factuurdatum", "min",
                    "de factuurdatum ligt voor de Wet inburgering 2021 (" + WI2021 + ")"));
        }
        if (!problemen.isEmpty()) {
            return new Beoordeling(List.copyOf(problemen), Optional.empty());
        }
        return new Beoordeling(List.of(), Optional.of(new Factuur(instellingsnummer, factuurnummer, invoer.bsn(),
                leerroute.get(), niveau, omschrijving, bedrag.setScale(2), factuurdatum)));
    }

    private static String tekst(String veld, String waarde, int maximaal, List<Probleem> problemen) {
        if (waarde == null || waarde.isBlank()) {
            problemen.add(new Probleem(veld, "required", "verplicht en niet leeg"));
            return null;
        }
        String getrimd = waarde.strip();
        if (getrimd.length() > maximaal) {
            problemen.add(new Probleem(veld, "max", "hoogstens " + maximaal + " tekens"));
            return null;
        }
        return getrimd;
    }

    private static String namen(List<? extends Enum<?>> waarden) {
        return waarden.stream().map(Enum::name).collect(Collectors.joining(", "));
    }
}
