package nl.inburgering.gemeente.intake.api;

import nl.inburgering.platform.bsn.Bsn;

/**
 * Whether the gemeente already set the person's PIP (seed §4.2: the brede intake comes before the PIP, so a new
 * oproep for it no longer makes sense once the PIP is vastgesteld). The PIP feature knows; it may implement this as
 * a Spring bean. While no bean exists every PIP counts as not yet vastgesteld, so the caseworker may still call up.
 */
public interface VastgesteldePip {

    boolean isVastgesteld(Bsn bsn, String gemeentecode);
}
