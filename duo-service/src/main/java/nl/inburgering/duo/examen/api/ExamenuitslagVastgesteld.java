package nl.inburgering.duo.examen.api;

import nl.inburgering.platform.bsn.Bsn;

/**
 * DUO fixed the definitive uitslag of an exam of the person. An application event published in the transaction of
 * the uitslag and handled there (synchronously), so what a new fact decides (vaststellen voldaan) commits with it or
 * not at all. The facts themselves are read through {@link Examenfeiten}.
 */
public record ExamenuitslagVastgesteld(Bsn bsn) {
}
