package nl.inburgering.coa.bewoner.domain;

import java.time.LocalDate;

import nl.inburgering.platform.bsn.Bsn;

/**
 * COA shared the full current klantprofiel with the gekoppelde gemeente (stelseldienst #15) at one of the moments
 * of the {@link KlantprofielMomentPolicy}, with what was arranged with that gemeente.
 *
 * @param afgesprokenVariant          null while there is no afspraak
 * @param datumWarmeOverdracht        null while none took place
 * @param voorinburgeringGeaccepteerd null while COA made no offer
 */
public record KlantprofielGedeeld(Bsn bsn, String vNummer, String gemeentecode, Klantprofielmoment moment,
        LocalDate datumBijgewerkt, Klantprofiel klantprofiel, Betrokkenheidsvariant afgesprokenVariant,
        LocalDate datumWarmeOverdracht, Boolean voorinburgeringGeaccepteerd) {
}
