/**
 * #22 Informatie tbv monitoring en evaluatie (seed §14.1, issue 16, decision 0041): IND's verblijfsgegevens to CBS,
 * one pseudonymised record per person with a standing vergunning per peildatum. The delivery itself (batches,
 * pseudonyms for CBS only, the schedule and {@code POST /beheer/monitoring/leveringen}) is the platform's
 * {@code platform/monitoring}; this module says what IND delivers.
 */
package nl.inburgering.ind.monitoring;
