package nl.inburgering.gemeente.inburgeraar.api;

import java.util.Set;

import nl.inburgering.platform.bsn.Bsn;

/**
 * Application event (in the publisher's transaction): COA linked the person to another gemeente, so his koppeling
 * with these gemeenten lapsed (seed §3.3 herkoppeling). The core takes him out of their werkvoorraad at once, before
 * DUO's #3 to the new gemeente arrives. Declared by the core, which every feature may depend on but which depends on
 * none of them.
 */
public record KoppelingVervallen(Bsn bsn, Set<String> gemeentecodes) {
}
