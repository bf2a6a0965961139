/**
 * The published API of the examen module: the exams of a person as small read records ({@link Examenfeiten}), for
 * the modules that judge a traject (vaststellen voldaan, handhaving op resultaat). Nothing here exposes how examen
 * stores them.
 */
@NamedInterface("api")
package nl.inburgering.duo.examen.api;

import org.springframework.modulith.NamedInterface;
