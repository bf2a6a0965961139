package nl.inburgering.gemeente.overdracht.domain;

import java.time.LocalDate;

import nl.inburgering.platform.bsn.Bsn;

/** The new gemeente asked the old one for the dossier (#19 OverdrachtInburgeraarGevraagd). */
public record OverdrachtGevraagdDoorGemeente(Bsn bsn, String gemeentecodeOud, String gemeentecodeNieuw,
        LocalDate datumVerhuizing, LocalDate datumVerzoek) {
}
