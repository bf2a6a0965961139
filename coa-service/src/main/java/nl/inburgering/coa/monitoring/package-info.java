/**
 * #22 Informatie tbv monitoring en evaluatie (seed §14.1, issue 16, decision 0041): COA's koppeling and
 * voorinburgering to CBS, one pseudonymised record per bewoner registered by the peildatum. The delivery itself
 * (batches, pseudonyms for CBS only, the schedule and {@code POST /beheer/monitoring/leveringen}) is the platform's
 * {@code platform/monitoring}; this module says what COA delivers, read through {@code bewoner}'s api.
 */
package nl.inburgering.coa.monitoring;
