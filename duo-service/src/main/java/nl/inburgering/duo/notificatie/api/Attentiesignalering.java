package nl.inburgering.duo.notificatie.api;

import nl.inburgering.platform.bsn.Bsn;

/**
 * Gives a gemeente an {@link Attentiesignaal} through the Notificatie API, in the caller's transaction (so it is sent
 * if and only if the fact behind it commits). A gemeente without a registered endpoint gets nothing.
 */
public interface Attentiesignalering {

    void signaleer(Bsn bsn, String gemeentecode, Attentiesignaal signaal);
}
