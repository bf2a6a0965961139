/**
 * DUO's Notificatie API, the receiving side (issue 14 item 5, decision 0030): {@code POST /api/v1/notificaties} exactly
 * per {@code API/Notificatie/openapi.yml}, for DUO's system only; then, by the notificering pattern, the gemeente fetches
 * the data from DUO's M2M APIs and updates its own record through the existing use cases, so a gemeente that reads no
 * Kafka follows its cases too. Every notification is kept once per berichtId and shown per inburgeraar.
 */
package nl.inburgering.gemeente.notificatie;
