package nl.inburgering.coa.bewoner.domain;

import java.time.LocalDate;

import nl.inburgering.platform.bsn.Bsn;

/**
 * COA linked a bewoner to a beoogde vestigingsgemeente (stelseldienst #14, to that gemeente and DUO).
 *
 * @param vorigeGemeentecode the gemeente of the koppeling this one replaces, or null on the first koppeling
 * @param verwachteDatumUitstroom null while COA does not know it
 */
public record InburgeraarGekoppeld(Bsn bsn, String vNummer, String gemeentecode, String vorigeGemeentecode,
        LocalDate datumKoppeling, String azcLocatie, LocalDate verwachteDatumUitstroom) {
}
