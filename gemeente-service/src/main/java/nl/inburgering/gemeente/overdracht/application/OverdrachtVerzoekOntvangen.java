package nl.inburgering.gemeente.overdracht.application;

import java.time.LocalDate;

import nl.inburgering.platform.bsn.Bsn;

/** #19 in at the old gemeente: the new gemeente asked for the dossier of the person who left. */
public record OverdrachtVerzoekOntvangen(Bsn bsn, String gemeentecodeOud, String gemeentecodeNieuw,
        LocalDate datumVerhuizing, LocalDate datumVerzoek) {
}
