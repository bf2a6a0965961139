package nl.inburgering.duo.dossier.domain;

import java.time.LocalDate;

/**
 * IND's change of verblijfsrecht (stelseldienst #2) as DUO judges it.
 *
 * @param nieuwVerblijfsdoel null when the verblijfsrecht ended or the person was naturalised
 */
public record Verblijfsrechtwijziging(Soort soort, Verblijfsdoel nieuwVerblijfsdoel, boolean referentIsAsielstatushouder,
        LocalDate ingangsdatum) {

    public enum Soort { VERBLIJFSDOEL_GEWIJZIGD, VERBLIJFSRECHT_BEEINDIGD, GENATURALISEERD }

    /** Whether the person has no verblijfsrecht after it (intrekking, naturalisatie). */
    public boolean beeindigtVerblijfsrecht() {
        return soort != Soort.VERBLIJFSDOEL_GEWIJZIGD || nieuwVerblijfsdoel == null;
    }

    /** What DUO knows of the person with the new verblijfsrecht; only for a change of doel. */
    public Verblijfsgegevens nieuweGegevens(Verblijfsgegevens huidig) {
        return new Verblijfsgegevens(nieuwVerblijfsdoel, referentIsAsielstatushouder, huidig.nationaliteit(),
                huidig.geboortedatum(), ingangsdatum, huidig.datumInschrijving(),
                opvangInCoaLocatie(huidig.verblijfsdoel(), huidig.opvangInCoaLocatie()));
    }

    /**
     * For an asielstatushouder whether he lives in a COA location: one who was asielstatushouder already keeps what
     * was known; one who becomes asielstatushouder through a change of verblijfsrecht already lives in his gemeente
     * (he is ingeschreven there), never in an AZC, so {@code false} (his gemeente receives #3, not COA: decision
     * 0032); null for another doel.
     */
    public Boolean opvangInCoaLocatie(Verblijfsdoel vorig, Boolean bekend) {
        if (nieuwVerblijfsdoel != Verblijfsdoel.ASIEL) {
            return null;
        }
        return vorig == Verblijfsdoel.ASIEL ? bekend : Boolean.FALSE;
    }
}
