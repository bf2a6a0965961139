package nl.inburgering.duo.dossier.domain;

import java.time.LocalDate;

/** What DUO knows of a person from IND's Verblijfsdoelen (#1) to decide the inburgeringsplicht. */
public record Verblijfsgegevens(Verblijfsdoel verblijfsdoel, boolean referentIsAsielstatushouder,
        String nationaliteit, LocalDate geboortedatum, LocalDate ingangsdatumVerblijfsrecht,
        LocalDate datumInschrijving) {

    /** The plicht cannot start before the person both has verblijfsrecht and is ingezetene. */
    public LocalDate verblijfEnInschrijvingBekend() {
        return ingangsdatumVerblijfsrecht.isAfter(datumInschrijving) ? ingangsdatumVerblijfsrecht : datumInschrijving;
    }
}
