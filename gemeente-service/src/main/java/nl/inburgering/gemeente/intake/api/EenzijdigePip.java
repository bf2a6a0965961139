package nl.inburgering.gemeente.intake.api;

import nl.inburgering.platform.bsn.Bsn;

/**
 * Whether the gemeente may set a person's PIP unilaterally (seed §4.2): he did not cooperate with the brede
 * intake, i.e. he did not appear three times (a missed planned leerbaarheidstoets counts). Implemented by
 * the brede intake; asked by the PIP feature when a caseworker marks a PIP as eenzijdig vastgesteld.
 */
public interface EenzijdigePip {

    boolean isToegestaan(Bsn bsn, String gemeentecode);
}
