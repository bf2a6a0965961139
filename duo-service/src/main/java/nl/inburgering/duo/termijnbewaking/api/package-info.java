/**
 * The published API of the termijnbewaking module: which deadlines of a person it watches ({@link Deadlinesoort}) and
 * the application event it publishes when one is due ({@link DeadlineVerstreken}), the #7 domain event
 * ({@link Signalering}) and what it knows for others to judge with ({@link Termijnbewaking}: the leerroute found late).
 */
@NamedInterface("api")
package nl.inburgering.duo.termijnbewaking.api;

import org.springframework.modulith.NamedInterface;
