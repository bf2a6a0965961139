package nl.inburgering.duo.dossier.domain;

import nl.inburgering.duo.dossier.api.RedenNietPlichtig;

import nl.inburgering.duo.dossier.api.GedetailleerdeDoelgroep;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Who is inburgeringsplichtig (Wi2021 art. 3; ketenproces §7): a vreemdeling with a non-temporary
 * verblijfsrecht who is not an EU/EER/Swiss national, from the 18th birthday until the AOW-leeftijd.
 * The plicht starts when both the verblijfsrecht and the inschrijving in the BRP exist.
 */
public final class InburgeringsplichtPolicy {

    private final PlichtRegels regels;

    public InburgeringsplichtPolicy(PlichtRegels regels) {
        this.regels = regels;
    }

    /** The day someone born on {@code geboortedatum} reaches the AOW-leeftijd (configured per year). */
    public LocalDate aowDatum(LocalDate geboortedatum) {
        return regels.aowDatum(geboortedatum);
    }

    public Besluit beoordeel(Verblijfsgegevens gegevens, LocalDate vandaag) {
        Optional<GedetailleerdeDoelgroep> doelgroep = doelgroep(gegevens);
        if (doelgroep.isEmpty()) {
            return new Besluit.NietPlichtig(RedenNietPlichtig.TIJDELIJK_VERBLIJFSDOEL);
        }
        if (regels.isVrijgesteldeNationaliteit(gegevens.nationaliteit())) {
            return new Besluit.NietPlichtig(RedenNietPlichtig.EU_EER_OF_ZWITSERSE_NATIONALITEIT);
        }
        LocalDate begindatum = later(gegevens.verblijfEnInschrijvingBekend(),
                regels.datumMinimumLeeftijd(gegevens.geboortedatum()));
        if (!begindatum.isBefore(regels.aowDatum(gegevens.geboortedatum()))) {
            return new Besluit.NietPlichtig(RedenNietPlichtig.AOW_LEEFTIJD_BEREIKT);
        }
        if (begindatum.isAfter(vandaag)) {
            return new Besluit.NogNietPlichtig(begindatum, doelgroep.get());
        }
        return new Besluit.Plichtig(begindatum, doelgroep.get());
    }

    /** The doelgroep follows from the verblijfsdoel; empty for a tijdelijk doel. */
    static Optional<GedetailleerdeDoelgroep> doelgroep(Verblijfsgegevens gegevens) {
        if (gegevens.verblijfsdoel().isTijdelijk()) {
            return Optional.empty();
        }
        boolean metAsielstatushouder = gegevens.referentIsAsielstatushouder();
        return Optional.of(switch (gegevens.verblijfsdoel()) {
            case ASIEL -> GedetailleerdeDoelgroep.ASIELSTATUSHOUDER;
            case GEZINSHERENIGING -> metAsielstatushouder ? GedetailleerdeDoelgroep.GEZINSHERENIGER_MET_ASIELSTATUSHOUDER
                    : GedetailleerdeDoelgroep.GEZINSHERENIGER;
            case GEZINSVORMING -> metAsielstatushouder ? GedetailleerdeDoelgroep.GEZINSVORMER_MET_ASIELSTATUSHOUDER
                    : GedetailleerdeDoelgroep.GEZINSVORMER;
            case GEESTELIJK_BEDIENAAR -> GedetailleerdeDoelgroep.GEESTELIJK_BEDIENAAR;
            case OVERIG_NIET_TIJDELIJK -> GedetailleerdeDoelgroep.OVERIG;
            default -> throw new IllegalStateException("geen doelgroep voor " + gegevens.verblijfsdoel());
        });
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
