package nl.inburgering.duo.dossier.domain;

import java.time.LocalDate;

/**
 * What DUO knows of a person from IND's Verblijfsdoelen (#1) to decide the inburgeringsplicht and whom it delivers.
 *
 * @param opvangInCoaLocatie for ASIEL, from #1 v2: {@code false} when he never lived in a COA location, null when
 *                           unknown (then DUO assumes the AZC of seed §3.3)
 */
public record Verblijfsgegevens(Verblijfsdoel verblijfsdoel, boolean referentIsAsielstatushouder,
        String nationaliteit, LocalDate geboortedatum, LocalDate ingangsdatumVerblijfsrecht,
        LocalDate datumInschrijving, Boolean opvangInCoaLocatie) {

    /** Without IND's word on the opvang (as before #1 v2). */
    public Verblijfsgegevens(Verblijfsdoel verblijfsdoel, boolean referentIsAsielstatushouder, String nationaliteit,
            LocalDate geboortedatum, LocalDate ingangsdatumVerblijfsrecht, LocalDate datumInschrijving) {
        this(verblijfsdoel, referentIsAsielstatushouder, nationaliteit, geboortedatum, ingangsdatumVerblijfsrecht,
                datumInschrijving, null);
    }

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

    /**
     * Whether the asielstatushouder is known not to live in a COA location: a nareiziger, or one of whom IND's #1
     * says he never lived in a COA location ({@code opvangInCoaLocatie: false}, issue 13 item 8; decision 0025).
     * {@code LeveringPolicy} then delivers #3 and #4 to the gemeente of inschrijving, nothing to COA.
     */
    public boolean woontBuitenCoaLocatie() {
        return isNareiziger() || (verblijfsdoel == Verblijfsdoel.ASIEL && Boolean.FALSE.equals(opvangInCoaLocatie));
    }
}
