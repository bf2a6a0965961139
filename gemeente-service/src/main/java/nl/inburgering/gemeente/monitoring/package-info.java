/**
 * #22 Informatie tbv monitoring en evaluatie (seed §14.1, issue 16, decision 0041): each gemeente's inburgeringstraject
 * to CBS, one pseudonymised record per inburgeraar of that gemeente whose plicht began by the peildatum, from the
 * gemeente's own data (the multi-tenant service delivers for every gemeente it serves; each record names its
 * gemeente). The delivery itself (batches, pseudonyms for CBS only, the schedule and
 * {@code POST /beheer/monitoring/leveringen}) is the platform's {@code platform/monitoring}; this module says what the
 * gemeente delivers, read from a read model over the tables of intake, pip, asielstatushouder and resultaten
 * ({@code persistence/TrajectenLeesmodel}), so it changes none of those modules.
 */
package nl.inburgering.gemeente.monitoring;
