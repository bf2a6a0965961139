/**
 * #22 Informatie tbv monitoring en evaluatie (seed §14.1, issue 16, decision 0041): DUO's plicht, termijn and result
 * to CBS, one pseudonymised record per person whose plicht began by the peildatum. The delivery itself (batches,
 * pseudonyms for CBS only, the schedule and {@code POST /beheer/monitoring/leveringen}) is the platform's
 * {@code platform/monitoring}; this module says what DUO delivers, read through the api of dossier, pip and handhaving.
 */
package nl.inburgering.duo.monitoring;
