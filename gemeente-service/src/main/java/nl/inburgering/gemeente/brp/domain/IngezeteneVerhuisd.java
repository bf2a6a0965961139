package nl.inburgering.gemeente.brp.domain;

import java.time.LocalDate;

import nl.inburgering.platform.bsn.Bsn;

/** Domain event: an ingezetene moved from {@code gemeentecodeOud} to {@code gemeentecodeNieuw} (to DUO and COA). */
public record IngezeteneVerhuisd(Bsn bsn, String gemeentecodeOud, String gemeentecodeNieuw,
        LocalDate datumVerhuizing) {
}
