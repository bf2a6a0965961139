package nl.inburgering.duo.dossier.domain;

import nl.inburgering.duo.dossier.api.RedenNietPlichtig;

import nl.inburgering.duo.dossier.api.GedetailleerdeDoelgroep;

import java.time.LocalDate;

/** DUO's decision on the inburgeringsplicht of one person. */
public sealed interface Besluit {

    /** Inburgeringsplichtig from {@code begindatum}. */
    record Plichtig(LocalDate begindatum, GedetailleerdeDoelgroep doelgroep) implements Besluit {
    }

    /** Will be plichtig from {@code vanaf} (the 18th birthday) unless something changes before then. */
    record NogNietPlichtig(LocalDate vanaf, GedetailleerdeDoelgroep doelgroep) implements Besluit {
    }

    /** Not plichtig, and why. */
    record NietPlichtig(RedenNietPlichtig reden) implements Besluit {
    }
}
