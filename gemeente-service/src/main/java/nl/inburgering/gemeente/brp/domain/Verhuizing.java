package nl.inburgering.gemeente.brp.domain;

import nl.inburgering.platform.bsn.Bsn;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * An ingezetene moved to another Nederlandse gemeente (seed §13.2, and for an asielstatushouder the move from the
 * AZC gemeente to his gekoppelde gemeente, §3.3). The new gemeente registers it; the person must already be
 * ingeschreven in the BRP, and the move must go to another gemeente, not before he came to live in the old one.
 *
 * @param bsn               the person
 * @param gemeentecodeNieuw the gemeente he moved to, the one that registers the move
 * @param datumVerhuizing   the first day of his address in the new gemeente
 */
public record Verhuizing(Bsn bsn, String gemeentecodeNieuw, LocalDate datumVerhuizing) {

    /**
     * The rules between this move and what is known of the person; single-field formats are checked at the edge.
     *
     * @param vandaag   today, from the clock
     * @param woontSinds the day he came to live in his current gemeente (inschrijving or previous verhuizing)
     */
    public List<Regelovertreding> overtredingen(LocalDate vandaag, LocalDate woontSinds) {
        List<Regelovertreding> overtredingen = new ArrayList<>();
        if (datumVerhuizing.isAfter(vandaag)) {
            overtredingen.add(new Regelovertreding("datumVerhuizing", "future",
                    "een verhuizing kan niet in de toekomst liggen"));
        }
        if (datumVerhuizing.isBefore(woontSinds)) {
            overtredingen.add(new Regelovertreding("datumVerhuizing", "beforeVestiging",
                    "de datum van verhuizing ligt voor de datum waarop de persoon in zijn huidige gemeente "
                            + "kwam wonen"));
        }
        return overtredingen;
    }

    /** A move within the gemeente is no intergemeentelijke verhuizing: nothing changes for the chain. */
    public boolean isBinnenGemeente(String huidigeGemeentecode) {
        return gemeentecodeNieuw.equals(huidigeGemeentecode);
    }
}
