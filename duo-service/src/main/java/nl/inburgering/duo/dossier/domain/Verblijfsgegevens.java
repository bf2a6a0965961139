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

    /**
     * A nareiziger: asiel granted to join a family member who is an asielstatushouder here (nareis, art. 29 lid 2
     * Vreemdelingenwet 2000), as IND's #1 tells it (ASIEL with {@code referentIsAsielstatushouder}). He comes to his
     * family in the gemeente and never lives in a COA location (seed §3.3 assumes the AZC; decision 0025).
     */
    public boolean isNareiziger() {
        return verblijfsdoel == Verblijfsdoel.ASIEL && referentIsAsielstatushouder;
    }
}
