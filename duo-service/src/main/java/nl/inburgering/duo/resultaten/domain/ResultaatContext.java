package nl.inburgering.duo.resultaten.domain;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What DUO knows of the person when a result arrives: the facts the rules of its README look at.
 *
 * @param gemeentecode      the gemeente delivering the result
 * @param vandaag           the day DUO judges it (Europe/Amsterdam)
 * @param actuelePip        the actuele PIP DUO holds, of any gemeente; null when there is none
 * @param termijn           the inburgeringstermijn, both ends inclusive; null before the first PIP
 * @param asielstatushouder whether the person's doelgroep is that of the asielstatushouders
 * @param registraties      what DUO registered per onderdeel (an onderdeel without registration is absent)
 * @param voldaanViaZroute  whether the inburgeringsplicht is voldaan via the Z-route
 * @param verhuizing        after a verhuizing, the old gemeente and the last day it may bring its results up to date;
 *                          null when none
 */
public record ResultaatContext(String gemeentecode, LocalDate vandaag, Pip actuelePip, Termijn termijn,
        boolean asielstatushouder, Map<Onderdeel, Registratie> registraties, boolean voldaanViaZroute,
        Verhuizing verhuizing) {

    public ResultaatContext {
        Objects.requireNonNull(gemeentecode, "gemeentecode");
        Objects.requireNonNull(vandaag, "vandaag");
        registraties = Map.copyOf(registraties);
    }

    /** Without a verhuizing. */
    public ResultaatContext(String gemeentecode, LocalDate vandaag, Pip actuelePip, Termijn termijn,
            boolean asielstatushouder, Map<Onderdeel, Registratie> registraties, boolean voldaanViaZroute) {
        this(gemeentecode, vandaag, actuelePip, termijn, asielstatushouder, registraties, voldaanViaZroute, null);
    }

    /**
     * The §14.2.1 exception: after an intergemeentelijke verhuizing the old gemeente brings its results and inspanning
     * up to date, at the latest on {@code uiterlijk} (10 werkdagen after the verhuizing).
     */
    public record Verhuizing(String vorigeGemeentecode, LocalDate uiterlijk) {
    }

    /** Whether the delivering gemeente is the old one of a verhuizing, within its time to bring the results up to date. */
    public boolean vorigeGemeenteBijwerkend() {
        return verhuizing != null && verhuizing.vorigeGemeentecode().equals(gemeentecode)
                && !vandaag.isAfter(verhuizing.uiterlijk());
    }

    /** The actuele PIP as far as these rules need it. */
    public record Pip(String gemeentecode, boolean zroute, boolean niveauB1) {
    }

    /** The inburgeringstermijn; the inburgeraar has until and including {@code einddatum}. */
    public record Termijn(LocalDate begindatum, LocalDate einddatum) {
    }

    public Optional<Registratie> registratie(Onderdeel onderdeel) {
        return Optional.ofNullable(registraties.get(onderdeel));
    }

    /** The registered date of an onderdeel, or null. */
    public LocalDate datum(Onderdeel onderdeel) {
        return registratie(onderdeel).map(Registratie::datum).orElse(null);
    }
}
