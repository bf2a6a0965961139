/**
 * DUO's Notificatie API, the sending side (issue 14 item 5, decision 0030): from every stelseldienst DUO stores in its
 * outbox for a gemeente ({@link nl.inburgering.platform.outbox.OutboxWaarnemer}) a notification with the gebeurtenisId
 * of DUO's Gebeurtenissen.md, kept in an outbox of its own and POSTed to the gemeente's registered endpoint, at least
 * once, in order per person, with back-off per gemeente.
 */
package nl.inburgering.duo.notificatie;
